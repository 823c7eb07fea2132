/* test-report-dialog.c — choosing the report's language, edition and
 * baseline
 *
 * Run under Xvfb (the README's test command does this).
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "accessible-names.h"
#include "lacuna-report-dialog.h"

static gpointer
child (LacunaReportDialog *dialog,
       const char         *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), LACUNA_TYPE_REPORT_DIALOG, name);

  if (object == NULL)
    g_error ("the report dialog has no %s", name);
  return object;
}

static LacunaReportDialog *
new_dialog (const char          *language,
            LacunaReportEdition  edition)
{
  return g_object_ref_sink (lacuna_report_dialog_new (NULL, language, edition));
}

static void
close_dialog (LacunaReportDialog *dialog)
{
  gtk_widget_destroy (GTK_WIDGET (dialog));
  g_object_unref (dialog);
}

/* Every translation the build made is offered, with English, each under
 * its own name. */
static void
test_offers_installed_languages (void)
{
  LacunaReportDialog *dialog = new_dialog (NULL, LACUNA_REPORT_INTERNAL);
  GtkComboBox *combo = child (dialog, "language_combo");
  const char *const expected[] = { "en", "fr", "es", "ru", "ar", "zh_CN" };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_assert_true (gtk_combo_box_set_active_id (combo, expected[i]));
      g_assert_cmpstr (lacuna_report_dialog_get_language (dialog), ==, expected[i]);
    }
  g_assert_true (gtk_combo_box_set_active_id (combo, "ar"));
  {
    g_autofree char *name = gtk_combo_box_text_get_active_text (GTK_COMBO_BOX_TEXT (combo));

    g_assert_cmpstr (name, ==, "العربية");
  }
  close_dialog (dialog);
}

/* The assessment's language is offered first, however it is written. */
static void
test_starts_in_assessment_language (void)
{
  const struct {
    const char *given;
    const char *chosen;
  } cases[] = {
    { "fr", "fr" },
    { "fr_FR.UTF-8", "fr" },
    { "zh", "zh_CN" },
    { "ar-EG", "ar" },
    /* No catalogue: the process's language (C here), then English. */
    { "xx", "en" },
    { NULL, "en" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      LacunaReportDialog *dialog = new_dialog (cases[i].given, LACUNA_REPORT_INTERNAL);

      g_assert_cmpstr (lacuna_report_dialog_get_language (dialog), ==, cases[i].chosen);
      close_dialog (dialog);
    }
}

static void
test_edition_and_baseline (void)
{
  LacunaReportDialog *dialog = new_dialog ("en", LACUNA_REPORT_PUBLIC);
  g_autofree char *none = NULL;
  g_autofree char *chosen = NULL;
  g_autofree char *after_unticking = NULL;

  g_assert_cmpint (lacuna_report_dialog_get_edition (dialog), ==, LACUNA_REPORT_PUBLIC);
  gtk_toggle_button_set_active (child (dialog, "internal_radio"), TRUE);
  g_assert_cmpint (lacuna_report_dialog_get_edition (dialog), ==, LACUNA_REPORT_INTERNAL);

  none = lacuna_report_dialog_dup_baseline (dialog);
  g_assert_null (none);
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "baseline_button")));
  g_assert_false (lacuna_report_dialog_set_baseline (dialog, "/nonexistent/baseline.lacuna"));
  g_assert_true (lacuna_report_dialog_set_baseline (dialog, __FILE__));
  chosen = lacuna_report_dialog_dup_baseline (dialog);
  g_assert_cmpstr (chosen, ==, __FILE__);
  g_assert_true (gtk_widget_get_sensitive (child (dialog, "baseline_button")));
  gtk_toggle_button_set_active (child (dialog, "baseline_check"), FALSE);
  after_unticking = lacuna_report_dialog_dup_baseline (dialog);
  g_assert_null (after_unticking);
  close_dialog (dialog);
}

static void
test_names_every_control (void)
{
  LacunaReportDialog *dialog = new_dialog ("en", LACUNA_REPORT_INTERNAL);
  AccessibleNames names;

  gtk_widget_show (GTK_WIDGET (dialog));
  accessible_names_init (&names);
  accessible_names_check (&names, GTK_WIDGET (dialog));
  accessible_names_assert_all_named (&names, 5);
  close_dialog (dialog);
}

int
main (int    argc,
      char **argv)
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/report-dialog/offers-installed-languages", test_offers_installed_languages);
  g_test_add_func ("/report-dialog/starts-in-assessment-language", test_starts_in_assessment_language);
  g_test_add_func ("/report-dialog/edition-and-baseline", test_edition_and_baseline);
  g_test_add_func ("/report-dialog/names-every-control", test_names_every_control);
  return g_test_run ();
}
