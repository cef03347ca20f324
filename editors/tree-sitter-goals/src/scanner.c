// External scanner of the .goals grammar: line ends and indentation.
//
// A line end is the blanks before a line break and the break itself (LF,
// CRLF or CR), or, once, the end of a file whose last line has no line
// break (pest's `&(NEWLINE | EOI)`). Indentation is the blanks at the start
// of a line that holds something; it is an extra, since indentation means
// nothing to the format. Both are here because a regular token cannot match
// the end of the file, nor know that it stands at the start of a line.
//
// During error recovery (tree-sitter then marks every token valid, the
// sentinel included), what is left of a line is skipped as `unparsed_text`:
// one token per character for the first columns, then the rest of the line
// as one. Recovery then resumes at the line end, so an ERROR stays on its
// line, as in goalie: skipping a good line costs tree-sitter more (a token
// per character) than a second error would, so two bad lines around a good
// one stay two errors.

#include "tree_sitter/alloc.h"
#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>

// Columns skipped one character at a time during error recovery.
#define CHARACTER_TOKENS 16

enum TokenType { EOL, INDENT, REST_OF_LINE, ERROR_SENTINEL };

// Whether the end-of-file line end was already given: it is zero-width, and
// giving it twice would loop.
typedef struct {
  bool eof_done;
} Scanner;

static bool is_blank(int32_t c) {
  return c == ' ' || c == '\t' || c == 0x00A0 || c == 0x202F || c == 0xFEFF;
}

void *tree_sitter_goals_external_scanner_create(void) {
  Scanner *scanner = ts_calloc(1, sizeof(Scanner));
  return scanner;
}

void tree_sitter_goals_external_scanner_destroy(void *payload) { ts_free(payload); }

unsigned tree_sitter_goals_external_scanner_serialize(void *payload, char *buffer) {
  Scanner *scanner = payload;
  buffer[0] = scanner->eof_done ? 1 : 0;
  return 1;
}

void tree_sitter_goals_external_scanner_deserialize(void *payload, const char *buffer,
                                                    unsigned length) {
  Scanner *scanner = payload;
  scanner->eof_done = length > 0 && buffer[0] == 1;
}

bool tree_sitter_goals_external_scanner_scan(void *payload, TSLexer *lexer,
                                             const bool *valid_symbols) {
  Scanner *scanner = payload;
  bool recovering = valid_symbols[ERROR_SENTINEL];
  // The common case, a token inside a line: nothing to do here. (The scanner
  // runs before every token, since the indentation is an extra.)
  if (!recovering && !is_blank(lexer->lookahead) && lexer->lookahead != '\n' &&
      lexer->lookahead != '\r' && !lexer->eof(lexer)) {
    return false;
  }
  uint32_t column = lexer->get_column(lexer);
  bool at_line_start = column == 0;
  bool blanks = false;
  while (is_blank(lexer->lookahead)) {
    lexer->advance(lexer, false);
    blanks = true;
  }
  if (valid_symbols[EOL]) {
    if (lexer->lookahead == '\n') {
      lexer->advance(lexer, false);
      lexer->mark_end(lexer);
      lexer->result_symbol = EOL;
      return true;
    }
    if (lexer->lookahead == '\r') {
      lexer->advance(lexer, false);
      if (lexer->lookahead == '\n') lexer->advance(lexer, false);
      lexer->mark_end(lexer);
      lexer->result_symbol = EOL;
      return true;
    }
    if (lexer->eof(lexer) && !scanner->eof_done && (blanks || !at_line_start)) {
      lexer->mark_end(lexer);
      scanner->eof_done = true;
      lexer->result_symbol = EOL;
      return true;
    }
  }
  if (valid_symbols[INDENT] && at_line_start && blanks && !lexer->eof(lexer) &&
      lexer->lookahead != '\n' && lexer->lookahead != '\r') {
    lexer->mark_end(lexer);
    lexer->result_symbol = INDENT;
    return true;
  }
  if (recovering && !at_line_start && !lexer->eof(lexer) && lexer->lookahead != '\n' &&
      lexer->lookahead != '\r') {
    if (column < CHARACTER_TOKENS) {
      lexer->advance(lexer, false);
    } else {
      while (!lexer->eof(lexer) && lexer->lookahead != '\n' && lexer->lookahead != '\r') {
        lexer->advance(lexer, false);
      }
    }
    lexer->mark_end(lexer);
    lexer->result_symbol = REST_OF_LINE;
    return true;
  }
  return false;
}
