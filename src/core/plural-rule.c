/* plural-rule.c — the Plural-Forms expression of a translation catalogue
 *
 * A catalogue says in its header which plural form goes with a number, as
 * a C expression over n ("n==1 ? 0 : n%10>=2 && n%10<=4 ? 1 : 2"). The file
 * may come from anywhere, so the expression is parsed by a small recursive
 * descent parser that knows the handful of operators gettext allows and
 * nothing more, with a bound on its size so that neither parsing nor
 * evaluation can recurse without end. Arithmetic is on unsigned long, as in
 * gettext.
 *
 * Copyright 2026 The Lacuna authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "i18n-private.h"
#include "message-catalog.h"
#include "plural-rule.h"

/* Real rules have at most a few dozen nodes (Arabic's has 25) and nest a
 * few levels deep. */
#define MAX_NODES 200
#define MAX_DEPTH 40

typedef enum {
  OP_NUMBER, OP_N,
  OP_CONDITION,
  OP_OR, OP_AND,
  OP_EQUAL, OP_NOT_EQUAL, OP_LESS, OP_GREATER, OP_LESS_EQUAL, OP_GREATER_EQUAL,
  OP_ADD, OP_SUBTRACT, OP_MULTIPLY, OP_DIVIDE, OP_REMAINDER,
} Op;

typedef struct Node Node;
struct Node {
  Op     op;
  gulong value;              /* OP_NUMBER */
  Node  *operands[3];
};

struct _LacunaPluralRule {
  Node *root;
};

typedef struct {
  const char *text;
  const char *at;
  guint       nodes;
  guint       depth;
  GError     *error;
} Parser;

static void
node_free (Node *node)
{
  if (node == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (node->operands); i++)
    node_free (node->operands[i]);
  g_free (node);
}

static void
skip_space (Parser *parser)
{
  while (*parser->at == ' ' || *parser->at == '\t' || *parser->at == '\n' || *parser->at == '\r')
    parser->at++;
}

static void
fail (Parser     *parser,
      const char *problem)
{
  if (parser->error != NULL)
    return;
  g_set_error (&parser->error, LACUNA_MESSAGE_CATALOG_ERROR, LACUNA_MESSAGE_CATALOG_ERROR_PLURAL,
               _("The plural rule “%s” cannot be used: %s at character %u."),
               parser->text, problem, (guint) (parser->at - parser->text) + 1);
}

static Node *
new_node (Parser *parser,
          Op      op,
          Node   *first,
          Node   *second,
          Node   *third)
{
  Node *node;

  if (parser->error != NULL || ++parser->nodes > MAX_NODES)
    {
      fail (parser, _("it is too long"));
      node_free (first);
      node_free (second);
      node_free (third);
      return NULL;
    }
  node = g_new0 (Node, 1);
  node->op = op;
  node->operands[0] = first;
  node->operands[1] = second;
  node->operands[2] = third;
  return node;
}

/* Consumes token when the text continues with it. */
static gboolean
accept (Parser     *parser,
        const char *token)
{
  size_t length = strlen (token);

  skip_space (parser);
  if (strncmp (parser->at, token, length) != 0)
    return FALSE;
  /* "<" must not take the first half of "<=", nor "=" stand alone. */
  if (length == 1 && (token[0] == '<' || token[0] == '>') && parser->at[1] == '=')
    return FALSE;
  parser->at += length;
  return TRUE;
}

static Node *parse_condition (Parser *parser);

static Node *
parse_primary (Parser *parser)
{
  skip_space (parser);
  if (parser->error != NULL)
    return NULL;
  if (accept (parser, "("))
    {
      Node *inner = parse_condition (parser);
      if (inner != NULL && !accept (parser, ")"))
        {
          fail (parser, _("a closing parenthesis is missing"));
          node_free (inner);
          return NULL;
        }
      return inner;
    }
  if (*parser->at == 'n' && !g_ascii_isalnum (parser->at[1]) && parser->at[1] != '_')
    {
      parser->at++;
      return new_node (parser, OP_N, NULL, NULL, NULL);
    }
  if (g_ascii_isdigit (*parser->at))
    {
      gulong value = 0;
      Node *number;

      while (g_ascii_isdigit (*parser->at))
        {
          gulong digit = (gulong) (*parser->at - '0');
          if (value > (G_MAXULONG - digit) / 10)
            {
              fail (parser, _("a number is too large"));
              return NULL;
            }
          value = value * 10 + digit;
          parser->at++;
        }
      number = new_node (parser, OP_NUMBER, NULL, NULL, NULL);
      if (number != NULL)
        number->value = value;
      return number;
    }
  fail (parser, *parser->at == '\0' ? _("the expression ends too early")
                                    : _("only n, numbers, parentheses and arithmetic or comparison operators are allowed"));
  return NULL;
}

typedef struct {
  const char *token;
  Op          op;
} Operator;

/* One level of left-associative binary operators over the next level. */
static Node *
parse_binary (Parser         *parser,
              const Operator *operators,
              guint           n_operators,
              Node         *(*parse_operand) (Parser *))
{
  Node *left = parse_operand (parser);

  while (left != NULL)
    {
      const Operator *found = NULL;
      Node *right;

      for (guint i = 0; i < n_operators && found == NULL; i++)
        if (accept (parser, operators[i].token))
          found = &operators[i];
      if (found == NULL)
        break;
      right = parse_operand (parser);
      if (right == NULL)
        {
          node_free (left);
          return NULL;
        }
      left = new_node (parser, found->op, left, right, NULL);
    }
  return left;
}

static Node *
parse_multiplicative (Parser *parser)
{
  static const Operator operators[] = { { "*", OP_MULTIPLY }, { "/", OP_DIVIDE }, { "%", OP_REMAINDER } };
  return parse_binary (parser, operators, G_N_ELEMENTS (operators), parse_primary);
}

static Node *
parse_additive (Parser *parser)
{
  static const Operator operators[] = { { "+", OP_ADD }, { "-", OP_SUBTRACT } };
  return parse_binary (parser, operators, G_N_ELEMENTS (operators), parse_multiplicative);
}

static Node *
parse_relational (Parser *parser)
{
  static const Operator operators[] = {
    { "<=", OP_LESS_EQUAL }, { ">=", OP_GREATER_EQUAL }, { "<", OP_LESS }, { ">", OP_GREATER },
  };
  return parse_binary (parser, operators, G_N_ELEMENTS (operators), parse_additive);
}

static Node *
parse_equality (Parser *parser)
{
  static const Operator operators[] = { { "==", OP_EQUAL }, { "!=", OP_NOT_EQUAL } };
  return parse_binary (parser, operators, G_N_ELEMENTS (operators), parse_relational);
}

static Node *
parse_and (Parser *parser)
{
  static const Operator operators[] = { { "&&", OP_AND } };
  return parse_binary (parser, operators, G_N_ELEMENTS (operators), parse_equality);
}

static Node *
parse_or (Parser *parser)
{
  static const Operator operators[] = { { "||", OP_OR } };
  return parse_binary (parser, operators, G_N_ELEMENTS (operators), parse_and);
}

/* condition ? a : b, right-associative. Parentheses and conditions come
 * back here, so the depth counted here bounds the recursion. */
static Node *
parse_condition (Parser *parser)
{
  Node *condition;
  Node *then_branch;
  Node *else_branch;

  if (++parser->depth > MAX_DEPTH)
    {
      fail (parser, _("it nests too deeply"));
      return NULL;
    }
  condition = parse_or (parser);
  if (condition == NULL || !accept (parser, "?"))
    {
      parser->depth--;
      return condition;
    }
  then_branch = parse_condition (parser);
  if (then_branch == NULL || !accept (parser, ":"))
    {
      fail (parser, _("“?” has no matching “:”"));
      node_free (condition);
      node_free (then_branch);
      return NULL;
    }
  else_branch = parse_condition (parser);
  if (else_branch == NULL)
    {
      node_free (condition);
      node_free (then_branch);
      return NULL;
    }
  parser->depth--;
  return new_node (parser, OP_CONDITION, condition, then_branch, else_branch);
}

LacunaPluralRule *
lacuna_plural_rule_parse (const char  *expression,
                          GError     **error)
{
  Parser parser = { expression, expression, 0, 0, NULL };
  Node *root;
  LacunaPluralRule *rule;

  g_return_val_if_fail (expression != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  root = parse_condition (&parser);
  skip_space (&parser);
  if (root != NULL && *parser.at != '\0')
    fail (&parser, _("unexpected text follows the expression"));
  if (parser.error != NULL)
    {
      node_free (root);
      g_propagate_error (error, parser.error);
      return NULL;
    }
  rule = g_new0 (LacunaPluralRule, 1);
  rule->root = root;
  return rule;
}

static gulong
evaluate (const Node *node,
          gulong      n,
          gboolean   *undefined)
{
  gulong left, right;

  switch (node->op)
    {
    case OP_NUMBER:
      return node->value;
    case OP_N:
      return n;
    case OP_CONDITION:
      return evaluate (node->operands[0], n, undefined) != 0
               ? evaluate (node->operands[1], n, undefined)
               : evaluate (node->operands[2], n, undefined);
    case OP_OR:
      return evaluate (node->operands[0], n, undefined) != 0 || evaluate (node->operands[1], n, undefined) != 0;
    case OP_AND:
      return evaluate (node->operands[0], n, undefined) != 0 && evaluate (node->operands[1], n, undefined) != 0;
    case OP_EQUAL: case OP_NOT_EQUAL: case OP_LESS: case OP_GREATER: case OP_LESS_EQUAL:
    case OP_GREATER_EQUAL: case OP_ADD: case OP_SUBTRACT: case OP_MULTIPLY: case OP_DIVIDE:
    case OP_REMAINDER:
    default:
      break;
    }

  left = evaluate (node->operands[0], n, undefined);
  right = evaluate (node->operands[1], n, undefined);
  switch (node->op)
    {
    case OP_EQUAL:
      return left == right;
    case OP_NOT_EQUAL:
      return left != right;
    case OP_LESS:
      return left < right;
    case OP_GREATER:
      return left > right;
    case OP_LESS_EQUAL:
      return left <= right;
    case OP_GREATER_EQUAL:
      return left >= right;
    case OP_ADD:
      return left + right;
    case OP_SUBTRACT:
      return left - right;
    case OP_MULTIPLY:
      return left * right;
    case OP_DIVIDE:
    case OP_REMAINDER:
      if (right == 0)
        {
          *undefined = TRUE;
          return 0;
        }
      return node->op == OP_DIVIDE ? left / right : left % right;
    case OP_NUMBER: case OP_N: case OP_CONDITION: case OP_OR: case OP_AND:
    default:
      g_assert_not_reached ();
    }
}

gulong
lacuna_plural_rule_evaluate (const LacunaPluralRule *rule,
                             gulong                  n)
{
  gboolean undefined = FALSE;
  gulong form;

  g_return_val_if_fail (rule != NULL, n != 1);

  form = evaluate (rule->root, n, &undefined);
  return undefined ? n != 1 : form;
}

void
lacuna_plural_rule_free (LacunaPluralRule *rule)
{
  if (rule == NULL)
    return;
  node_free (rule->root);
  g_free (rule);
}
