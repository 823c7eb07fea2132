/* countries.c — the States an assessment can be about
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "i18n-private.h"

#include "countries.h"

/* The UN Member States and the two non-member observer States, under the
 * short names the UN Secretariat uses, so that a State reads the same here
 * as in the UN documents an assessment cites.  Entries are in strcmp
 * (UTF-8 byte) order rather than dictionary order, so that the order does
 * not depend on the locale; that is why "Côte d'Ivoire" follows "Czechia"
 * and "Türkiye" follows "Tuvalu".  Callers that show the list to people
 * should sort the translated names themselves. */
static const LacunaCountry countries[] = {
  { "AF", "AFG", N_("Afghanistan"),                                           TRUE },
  { "AL", "ALB", N_("Albania"),                                               TRUE },
  { "DZ", "DZA", N_("Algeria"),                                               TRUE },
  { "AD", "AND", N_("Andorra"),                                               TRUE },
  { "AO", "AGO", N_("Angola"),                                                TRUE },
  { "AG", "ATG", N_("Antigua and Barbuda"),                                   TRUE },
  { "AR", "ARG", N_("Argentina"),                                             TRUE },
  { "AM", "ARM", N_("Armenia"),                                               TRUE },
  { "AU", "AUS", N_("Australia"),                                             TRUE },
  { "AT", "AUT", N_("Austria"),                                               TRUE },
  { "AZ", "AZE", N_("Azerbaijan"),                                            TRUE },
  { "BS", "BHS", N_("Bahamas"),                                               TRUE },
  { "BH", "BHR", N_("Bahrain"),                                               TRUE },
  { "BD", "BGD", N_("Bangladesh"),                                            TRUE },
  { "BB", "BRB", N_("Barbados"),                                              TRUE },
  { "BY", "BLR", N_("Belarus"),                                               TRUE },
  { "BE", "BEL", N_("Belgium"),                                               TRUE },
  { "BZ", "BLZ", N_("Belize"),                                                TRUE },
  { "BJ", "BEN", N_("Benin"),                                                 TRUE },
  { "BT", "BTN", N_("Bhutan"),                                                TRUE },
  { "BO", "BOL", N_("Bolivia (Plurinational State of)"),                      TRUE },
  { "BA", "BIH", N_("Bosnia and Herzegovina"),                                TRUE },
  { "BW", "BWA", N_("Botswana"),                                              TRUE },
  { "BR", "BRA", N_("Brazil"),                                                TRUE },
  { "BN", "BRN", N_("Brunei Darussalam"),                                     TRUE },
  { "BG", "BGR", N_("Bulgaria"),                                              TRUE },
  { "BF", "BFA", N_("Burkina Faso"),                                          TRUE },
  { "BI", "BDI", N_("Burundi"),                                               TRUE },
  { "CV", "CPV", N_("Cabo Verde"),                                            TRUE },
  { "KH", "KHM", N_("Cambodia"),                                              TRUE },
  { "CM", "CMR", N_("Cameroon"),                                              TRUE },
  { "CA", "CAN", N_("Canada"),                                                TRUE },
  { "CF", "CAF", N_("Central African Republic"),                              TRUE },
  { "TD", "TCD", N_("Chad"),                                                  TRUE },
  { "CL", "CHL", N_("Chile"),                                                 TRUE },
  { "CN", "CHN", N_("China"),                                                 TRUE },
  { "CO", "COL", N_("Colombia"),                                              TRUE },
  { "KM", "COM", N_("Comoros"),                                               TRUE },
  { "CG", "COG", N_("Congo"),                                                 TRUE },
  { "CR", "CRI", N_("Costa Rica"),                                            TRUE },
  { "HR", "HRV", N_("Croatia"),                                               TRUE },
  { "CU", "CUB", N_("Cuba"),                                                  TRUE },
  { "CY", "CYP", N_("Cyprus"),                                                TRUE },
  { "CZ", "CZE", N_("Czechia"),                                               TRUE },
  { "CI", "CIV", N_("Côte d'Ivoire"),                                         TRUE },
  { "KP", "PRK", N_("Democratic People's Republic of Korea"),                 TRUE },
  { "CD", "COD", N_("Democratic Republic of the Congo"),                      TRUE },
  { "DK", "DNK", N_("Denmark"),                                               TRUE },
  { "DJ", "DJI", N_("Djibouti"),                                              TRUE },
  { "DM", "DMA", N_("Dominica"),                                              TRUE },
  { "DO", "DOM", N_("Dominican Republic"),                                    TRUE },
  { "EC", "ECU", N_("Ecuador"),                                               TRUE },
  { "EG", "EGY", N_("Egypt"),                                                 TRUE },
  { "SV", "SLV", N_("El Salvador"),                                           TRUE },
  { "GQ", "GNQ", N_("Equatorial Guinea"),                                     TRUE },
  { "ER", "ERI", N_("Eritrea"),                                               TRUE },
  { "EE", "EST", N_("Estonia"),                                               TRUE },
  { "SZ", "SWZ", N_("Eswatini"),                                              TRUE },
  { "ET", "ETH", N_("Ethiopia"),                                              TRUE },
  { "FJ", "FJI", N_("Fiji"),                                                  TRUE },
  { "FI", "FIN", N_("Finland"),                                               TRUE },
  { "FR", "FRA", N_("France"),                                                TRUE },
  { "GA", "GAB", N_("Gabon"),                                                 TRUE },
  { "GM", "GMB", N_("Gambia"),                                                TRUE },
  { "GE", "GEO", N_("Georgia"),                                               TRUE },
  { "DE", "DEU", N_("Germany"),                                               TRUE },
  { "GH", "GHA", N_("Ghana"),                                                 TRUE },
  { "GR", "GRC", N_("Greece"),                                                TRUE },
  { "GD", "GRD", N_("Grenada"),                                               TRUE },
  { "GT", "GTM", N_("Guatemala"),                                             TRUE },
  { "GN", "GIN", N_("Guinea"),                                                TRUE },
  { "GW", "GNB", N_("Guinea-Bissau"),                                         TRUE },
  { "GY", "GUY", N_("Guyana"),                                                TRUE },
  { "HT", "HTI", N_("Haiti"),                                                 TRUE },
  { "VA", "VAT", N_("Holy See"),                                              FALSE },
  { "HN", "HND", N_("Honduras"),                                              TRUE },
  { "HU", "HUN", N_("Hungary"),                                               TRUE },
  { "IS", "ISL", N_("Iceland"),                                               TRUE },
  { "IN", "IND", N_("India"),                                                 TRUE },
  { "ID", "IDN", N_("Indonesia"),                                             TRUE },
  { "IR", "IRN", N_("Iran (Islamic Republic of)"),                            TRUE },
  { "IQ", "IRQ", N_("Iraq"),                                                  TRUE },
  { "IE", "IRL", N_("Ireland"),                                               TRUE },
  { "IL", "ISR", N_("Israel"),                                                TRUE },
  { "IT", "ITA", N_("Italy"),                                                 TRUE },
  { "JM", "JAM", N_("Jamaica"),                                               TRUE },
  { "JP", "JPN", N_("Japan"),                                                 TRUE },
  { "JO", "JOR", N_("Jordan"),                                                TRUE },
  { "KZ", "KAZ", N_("Kazakhstan"),                                            TRUE },
  { "KE", "KEN", N_("Kenya"),                                                 TRUE },
  { "KI", "KIR", N_("Kiribati"),                                              TRUE },
  { "KW", "KWT", N_("Kuwait"),                                                TRUE },
  { "KG", "KGZ", N_("Kyrgyzstan"),                                            TRUE },
  { "LA", "LAO", N_("Lao People's Democratic Republic"),                      TRUE },
  { "LV", "LVA", N_("Latvia"),                                                TRUE },
  { "LB", "LBN", N_("Lebanon"),                                               TRUE },
  { "LS", "LSO", N_("Lesotho"),                                               TRUE },
  { "LR", "LBR", N_("Liberia"),                                               TRUE },
  { "LY", "LBY", N_("Libya"),                                                 TRUE },
  { "LI", "LIE", N_("Liechtenstein"),                                         TRUE },
  { "LT", "LTU", N_("Lithuania"),                                             TRUE },
  { "LU", "LUX", N_("Luxembourg"),                                            TRUE },
  { "MG", "MDG", N_("Madagascar"),                                            TRUE },
  { "MW", "MWI", N_("Malawi"),                                                TRUE },
  { "MY", "MYS", N_("Malaysia"),                                              TRUE },
  { "MV", "MDV", N_("Maldives"),                                              TRUE },
  { "ML", "MLI", N_("Mali"),                                                  TRUE },
  { "MT", "MLT", N_("Malta"),                                                 TRUE },
  { "MH", "MHL", N_("Marshall Islands"),                                      TRUE },
  { "MR", "MRT", N_("Mauritania"),                                            TRUE },
  { "MU", "MUS", N_("Mauritius"),                                             TRUE },
  { "MX", "MEX", N_("Mexico"),                                                TRUE },
  { "FM", "FSM", N_("Micronesia (Federated States of)"),                      TRUE },
  { "MC", "MCO", N_("Monaco"),                                                TRUE },
  { "MN", "MNG", N_("Mongolia"),                                              TRUE },
  { "ME", "MNE", N_("Montenegro"),                                            TRUE },
  { "MA", "MAR", N_("Morocco"),                                               TRUE },
  { "MZ", "MOZ", N_("Mozambique"),                                            TRUE },
  { "MM", "MMR", N_("Myanmar"),                                               TRUE },
  { "NA", "NAM", N_("Namibia"),                                               TRUE },
  { "NR", "NRU", N_("Nauru"),                                                 TRUE },
  { "NP", "NPL", N_("Nepal"),                                                 TRUE },
  { "NL", "NLD", N_("Netherlands (Kingdom of the)"),                          TRUE },
  { "NZ", "NZL", N_("New Zealand"),                                           TRUE },
  { "NI", "NIC", N_("Nicaragua"),                                             TRUE },
  { "NE", "NER", N_("Niger"),                                                 TRUE },
  { "NG", "NGA", N_("Nigeria"),                                               TRUE },
  { "MK", "MKD", N_("North Macedonia"),                                       TRUE },
  { "NO", "NOR", N_("Norway"),                                                TRUE },
  { "OM", "OMN", N_("Oman"),                                                  TRUE },
  { "PK", "PAK", N_("Pakistan"),                                              TRUE },
  { "PW", "PLW", N_("Palau"),                                                 TRUE },
  { "PA", "PAN", N_("Panama"),                                                TRUE },
  { "PG", "PNG", N_("Papua New Guinea"),                                      TRUE },
  { "PY", "PRY", N_("Paraguay"),                                              TRUE },
  { "PE", "PER", N_("Peru"),                                                  TRUE },
  { "PH", "PHL", N_("Philippines"),                                           TRUE },
  { "PL", "POL", N_("Poland"),                                                TRUE },
  { "PT", "PRT", N_("Portugal"),                                              TRUE },
  { "QA", "QAT", N_("Qatar"),                                                 TRUE },
  { "KR", "KOR", N_("Republic of Korea"),                                     TRUE },
  { "MD", "MDA", N_("Republic of Moldova"),                                   TRUE },
  { "RO", "ROU", N_("Romania"),                                               TRUE },
  { "RU", "RUS", N_("Russian Federation"),                                    TRUE },
  { "RW", "RWA", N_("Rwanda"),                                                TRUE },
  { "KN", "KNA", N_("Saint Kitts and Nevis"),                                 TRUE },
  { "LC", "LCA", N_("Saint Lucia"),                                           TRUE },
  { "VC", "VCT", N_("Saint Vincent and the Grenadines"),                      TRUE },
  { "WS", "WSM", N_("Samoa"),                                                 TRUE },
  { "SM", "SMR", N_("San Marino"),                                            TRUE },
  { "ST", "STP", N_("Sao Tome and Principe"),                                 TRUE },
  { "SA", "SAU", N_("Saudi Arabia"),                                          TRUE },
  { "SN", "SEN", N_("Senegal"),                                               TRUE },
  { "RS", "SRB", N_("Serbia"),                                                TRUE },
  { "SC", "SYC", N_("Seychelles"),                                            TRUE },
  { "SL", "SLE", N_("Sierra Leone"),                                          TRUE },
  { "SG", "SGP", N_("Singapore"),                                             TRUE },
  { "SK", "SVK", N_("Slovakia"),                                              TRUE },
  { "SI", "SVN", N_("Slovenia"),                                              TRUE },
  { "SB", "SLB", N_("Solomon Islands"),                                       TRUE },
  { "SO", "SOM", N_("Somalia"),                                               TRUE },
  { "ZA", "ZAF", N_("South Africa"),                                          TRUE },
  { "SS", "SSD", N_("South Sudan"),                                           TRUE },
  { "ES", "ESP", N_("Spain"),                                                 TRUE },
  { "LK", "LKA", N_("Sri Lanka"),                                             TRUE },
  { "PS", "PSE", N_("State of Palestine"),                                    FALSE },
  { "SD", "SDN", N_("Sudan"),                                                 TRUE },
  { "SR", "SUR", N_("Suriname"),                                              TRUE },
  { "SE", "SWE", N_("Sweden"),                                                TRUE },
  { "CH", "CHE", N_("Switzerland"),                                           TRUE },
  { "SY", "SYR", N_("Syrian Arab Republic"),                                  TRUE },
  { "TJ", "TJK", N_("Tajikistan"),                                            TRUE },
  { "TH", "THA", N_("Thailand"),                                              TRUE },
  { "TL", "TLS", N_("Timor-Leste"),                                           TRUE },
  { "TG", "TGO", N_("Togo"),                                                  TRUE },
  { "TO", "TON", N_("Tonga"),                                                 TRUE },
  { "TT", "TTO", N_("Trinidad and Tobago"),                                   TRUE },
  { "TN", "TUN", N_("Tunisia"),                                               TRUE },
  { "TM", "TKM", N_("Turkmenistan"),                                          TRUE },
  { "TV", "TUV", N_("Tuvalu"),                                                TRUE },
  { "TR", "TUR", N_("Türkiye"),                                               TRUE },
  { "UG", "UGA", N_("Uganda"),                                                TRUE },
  { "UA", "UKR", N_("Ukraine"),                                               TRUE },
  { "AE", "ARE", N_("United Arab Emirates"),                                  TRUE },
  { "GB", "GBR", N_("United Kingdom of Great Britain and Northern Ireland"),  TRUE },
  { "TZ", "TZA", N_("United Republic of Tanzania"),                           TRUE },
  { "US", "USA", N_("United States of America"),                              TRUE },
  { "UY", "URY", N_("Uruguay"),                                               TRUE },
  { "UZ", "UZB", N_("Uzbekistan"),                                            TRUE },
  { "VU", "VUT", N_("Vanuatu"),                                               TRUE },
  { "VE", "VEN", N_("Venezuela (Bolivarian Republic of)"),                    TRUE },
  { "VN", "VNM", N_("Viet Nam"),                                              TRUE },
  { "YE", "YEM", N_("Yemen"),                                                 TRUE },
  { "ZM", "ZMB", N_("Zambia"),                                                TRUE },
  { "ZW", "ZWE", N_("Zimbabwe"),                                              TRUE },
};

const LacunaCountry *
lacuna_countries_get_all (guint *n_countries)
{
  if (n_countries != NULL)
    *n_countries = G_N_ELEMENTS (countries);
  return countries;
}

/* A linear scan: the table is small and looked up rarely, and sorting it by
 * name leaves no order to bisect on for the codes. */
const LacunaCountry *
lacuna_country_find (const char *code)
{
  if (code == NULL)
    return NULL;

  for (gsize i = 0; i < G_N_ELEMENTS (countries); i++)
    {
      if (g_ascii_strcasecmp (code, countries[i].alpha2) == 0 ||
          g_ascii_strcasecmp (code, countries[i].alpha3) == 0)
        return &countries[i];
    }
  return NULL;
}

const char *
lacuna_country_get_name (const LacunaCountry *country)
{
  g_return_val_if_fail (country != NULL, NULL);

  return _(country->name);
}
