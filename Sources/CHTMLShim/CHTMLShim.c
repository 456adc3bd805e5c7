// The only translation unit that includes libxml2. See include/CHTMLShim.h.
#include "CHTMLShim.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

typedef struct buffer {
    char *data;
    int64_t length;
    int64_t capacity;
} buffer;

static int reserve(buffer *b, int64_t extra) {
    if (b->length + extra + 1 <= b->capacity) return 1;
    int64_t capacity = b->capacity ? b->capacity : 4096;
    while (capacity < b->length + extra + 1) capacity *= 2;
    char *data = realloc(b->data, (size_t)capacity);
    if (data == NULL) return 0;
    b->data = data;
    b->capacity = capacity;
    return 1;
}

typedef struct extractor {
    buffer out;
    buffer line;
    int32_t *kinds;
    int64_t kind_count;
    int64_t kind_capacity;
    int32_t line_kind;
    int failed;
} extractor;

static const char *const dropped[] = {"head", "script", "style", "noscript", "template", "nav", "svg", "iframe",
                                      "object", NULL};
static const char *const blocks[] = {"p", "div", "section", "article", "header", "footer", "main", "aside", "h1",
                                     "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr",
                                     "td", "th", "blockquote", "pre", "figure", "figcaption", "form", "fieldset",
                                     "address", "hr", "br", "body", "html", "title", "label", "button", "option",
                                     "select", NULL};

static int in_list(const char *name, const char *const *list) {
    for (int i = 0; list[i] != NULL; i++) {
        if (strcasecmp(name, list[i]) == 0) return 1;
    }
    return 0;
}

static int32_t kind_of(const char *name) {
    if ((name[0] == 'h' || name[0] == 'H') && name[1] == '1' && name[2] == 0) return PA_HTML_LINE_TITLE;
    if (name[0] == 'h' && name[1] >= '1' && name[1] <= '6' && name[2] == 0) return PA_HTML_LINE_HEADING;
    if (strcasecmp(name, "li") == 0 || strcasecmp(name, "dt") == 0 || strcasecmp(name, "dd") == 0)
        return PA_HTML_LINE_LIST_ITEM;
    if (strcasecmp(name, "p") == 0 || strcasecmp(name, "blockquote") == 0) return PA_HTML_LINE_PARAGRAPH;
    if (strcasecmp(name, "td") == 0 || strcasecmp(name, "th") == 0) return PA_HTML_LINE_CELL;
    return PA_HTML_LINE_TEXT;
}

// Ends the current line: collapses white space (ASCII and U+00A0), trims, appends it when not empty.
static void end_line(extractor *e) {
    buffer *line = &e->line;
    if (line->length == 0) return;
    int64_t start = e->out.length;
    if (!reserve(&e->out, line->length + 1)) { e->failed = 1; return; }
    int pending_space = 0;
    int64_t written = 0;
    for (int64_t i = 0; i < line->length; i++) {
        unsigned char c = (unsigned char)line->data[i];
        int is_space = c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
        if (!is_space && c == 0xC2 && i + 1 < line->length && (unsigned char)line->data[i + 1] == 0xA0) {
            is_space = 2;
        }
        if (is_space) {
            pending_space = 1;
            if (is_space == 2) i++;
            continue;
        }
        if (pending_space && written > 0) {
            e->out.data[e->out.length++] = ' ';
            written++;
        }
        pending_space = 0;
        e->out.data[e->out.length++] = (char)c;
        written++;
    }
    line->length = 0;
    if (written == 0) {
        e->out.length = start;
        return;
    }
    e->out.data[e->out.length++] = '\n';
    if (e->kind_count == e->kind_capacity) {
        int64_t capacity = e->kind_capacity ? e->kind_capacity * 2 : 256;
        int32_t *kinds = realloc(e->kinds, sizeof(int32_t) * (size_t)capacity);
        if (kinds == NULL) { e->failed = 1; return; }
        e->kinds = kinds;
        e->kind_capacity = capacity;
    }
    e->kinds[e->kind_count++] = e->line_kind;
    e->line_kind = PA_HTML_LINE_TEXT;
}

static void walk(extractor *e, xmlNode *node, int32_t kind) {
    for (xmlNode *child = node; child != NULL && !e->failed; child = child->next) {
        if (child->type == XML_TEXT_NODE || child->type == XML_CDATA_SECTION_NODE) {
            const char *content = (const char *)child->content;
            if (content == NULL) continue;
            int64_t length = (int64_t)strlen(content);
            if (!reserve(&e->line, length)) { e->failed = 1; return; }
            if (e->line.length == 0) e->line_kind = kind;
            memcpy(e->line.data + e->line.length, content, (size_t)length);
            e->line.length += length;
        } else if (child->type == XML_ELEMENT_NODE) {
            const char *name = (const char *)child->name;
            if (in_list(name, dropped)) continue;
            int block = in_list(name, blocks);
            int32_t inner = kind;
            if (block) {
                end_line(e);
                int32_t own = kind_of(name);
                if (own != PA_HTML_LINE_TEXT) inner = own;
            }
            walk(e, child->children, inner);
            if (block) end_line(e);
        }
    }
}

static char *title_of(xmlNode *node) {
    for (xmlNode *child = node; child != NULL; child = child->next) {
        if (child->type == XML_ELEMENT_NODE) {
            if (strcasecmp((const char *)child->name, "title") == 0) {
                xmlChar *content = xmlNodeGetContent(child);
                if (content == NULL) return NULL;
                char *copy = strdup((const char *)content);
                xmlFree(content);
                return copy;
            }
            char *found = title_of(child->children);
            if (found != NULL) return found;
        }
    }
    return NULL;
}

int32_t pa_html_extract(const char *bytes, int64_t length, pa_html_text *out) {
    memset(out, 0, sizeof(*out));
    int options = HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET;
    htmlDocPtr document = htmlReadMemory(bytes, (int)length, NULL, "UTF-8", options);
    if (document == NULL) return -1;
    extractor e;
    memset(&e, 0, sizeof(e));
    xmlNode *root = xmlDocGetRootElement(document);
    if (root != NULL) {
        out->title = title_of(root);
        walk(&e, root, PA_HTML_LINE_TEXT);
        end_line(&e);
    }
    xmlFreeDoc(document);
    free(e.line.data);
    if (e.failed) {
        free(e.out.data);
        free(e.kinds);
        free(out->title);
        memset(out, 0, sizeof(*out));
        return -1;
    }
    if (e.out.length > 0) e.out.length -= 1;  // no final '\n'
    if (e.out.data == NULL) {
        e.out.data = calloc(1, 1);
    } else {
        e.out.data[e.out.length] = 0;
    }
    out->text = e.out.data;
    out->length = e.out.length;
    out->line_kinds = e.kinds;
    out->line_count = e.kind_count;
    return 0;
}

void pa_html_free(pa_html_text *text) {
    if (text == NULL) return;
    free(text->text);
    free(text->line_kinds);
    free(text->title);
    memset(text, 0, sizeof(*text));
}
