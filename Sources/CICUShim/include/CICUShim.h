// CICUShim: the narrow C door between PressAlign and the system ICU.
//
// This header must stay free of ICU headers: Foundation on Linux carries its own ICU, and a Swift module that sees
// both fails to compile. Everything here is plain C: opaque handles, stdint types, and ICU status codes as int32_t
// (0 is success, negative values are warnings, positive values are errors).
#ifndef CICUSHIM_H
#define CICUSHIM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Kinds of break iterator.
enum {
    PA_BREAK_SENTENCE = 0,
    PA_BREAK_WORD = 1
};

/// An ICU break iterator over UTF-8 text. Not thread-safe: one per task.
typedef struct pa_breaker pa_breaker;

/// Opens a break iterator of `kind` for `locale` ("ru", "en", "" for root).
pa_breaker *pa_breaker_open(int32_t kind, const char *locale, int32_t *status);
/// Frees the iterator. Accepts NULL.
void pa_breaker_close(pa_breaker *breaker);
/// Points the iterator at `length` bytes of UTF-8. The bytes must outlive the iteration; positions are byte offsets.
void pa_breaker_set_utf8(pa_breaker *breaker, const char *text, int64_t length, int32_t *status);
/// Writes up to `capacity` next boundaries (UTF-8 offsets) and, when `statuses` is not NULL, their rule statuses.
/// Returns how many were written; 0 when the text is exhausted.
int64_t pa_breaker_fill(pa_breaker *breaker, int64_t *offsets, int32_t *statuses, int64_t capacity);

/// NFKC_Casefold of `length` bytes of UTF-8 into `output` (UTF-8). Returns the needed length in bytes; when it is
/// larger than `capacity`, nothing useful was written and the caller retries with a larger buffer.
int32_t pa_nfkc_casefold_utf8(const char *input, int32_t length, char *output, int32_t capacity, int32_t *status);

/// An ICU transliterator (for example "Russian-Latin/BGN; Latin-ASCII"). Not thread-safe: one per task.
typedef struct pa_transliterator pa_transliterator;

/// Opens a transliterator from a compound ID or from rules when `rules` is not NULL (rules are UTF-8).
pa_transliterator *pa_transliterator_open(const char *identifier, const char *rules, int32_t *status);
/// Frees the transliterator. Accepts NULL.
void pa_transliterator_close(pa_transliterator *transliterator);
/// Transliterates `length` bytes of UTF-8 into `output`. Returns the needed length in bytes (see above).
int32_t pa_transliterate_utf8(pa_transliterator *transliterator, const char *input, int32_t length,
                              char *output, int32_t capacity, int32_t *status);

/// Detects the charset of raw bytes. Writes the ICU name (NUL-terminated) into `name` and returns the detector's
/// confidence 0-100, or -1 when nothing matched.
int32_t pa_detect_charset(const char *bytes, int32_t length, const char *declared_encoding,
                          char *name, int32_t name_capacity, int32_t *status);
/// Converts `length` bytes in `charset` to UTF-8. Returns the needed length in bytes (see above).
int32_t pa_convert_to_utf8(const char *charset, const char *input, int32_t length,
                           char *output, int32_t capacity, int32_t *status);

/// Writes the ISO 639-3 (three-letter) code of `locale`'s language ("de" -> "deu") into `output` with a NUL.
/// Returns its length, or 0 when ICU knows no such code or it does not fit.
int32_t pa_iso3_language(const char *locale, char *output, int32_t capacity);

/// A short English description of an ICU status code ("U_ILLEGAL_ARGUMENT_ERROR").
const char *pa_status_name(int32_t status);

#ifdef __cplusplus
}
#endif

#endif
