// CHTMLShim: visible text of an HTML page through libxml2's HTML parser, behind a plain C interface.
#ifndef CHTMLSHIM_H
#define CHTMLSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of text lines (the innermost block element a line's text sits in; <h1> is a title).
enum {
    PA_HTML_LINE_TEXT = 0,
    PA_HTML_LINE_HEADING = 1,
    PA_HTML_LINE_LIST_ITEM = 2,
    PA_HTML_LINE_PARAGRAPH = 3,
    PA_HTML_LINE_CELL = 4,
    PA_HTML_LINE_TITLE = 5
};

/// The extracted text: lines joined by '\n' (UTF-8, white space collapsed), and one kind per line.
typedef struct pa_html_text {
    char *text;
    int64_t length;
    int32_t *line_kinds;
    int64_t line_count;
    /// The content of <title>, or NULL.
    char *title;
} pa_html_text;

/// Parses `length` bytes of UTF-8 HTML (libxml2's recovering HTML parser, no network) and fills `out`.
/// <head>, <script>, <style>, <noscript>, <template>, <nav>, <svg>, <iframe> and <object> contents are dropped; block
/// elements and <br> end lines. Returns 0, or -1 when libxml2 could not build a tree at all.
int32_t pa_html_extract(const char *bytes, int64_t length, pa_html_text *out);

/// Frees what `pa_html_extract` allocated.
void pa_html_free(pa_html_text *text);

#ifdef __cplusplus
}
#endif

#endif
