// The only translation unit that includes ICU. See include/CICUShim.h.
#include "CICUShim.h"

#include <stdlib.h>
#include <string.h>
#include <unicode/ubrk.h>
#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/unorm2.h>
#include <unicode/ustring.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/uloc.h>

struct pa_breaker {
    UBreakIterator *iterator;
    UText text;
    int has_text;
};

pa_breaker *pa_breaker_open(int32_t kind, const char *locale, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UBreakIteratorType type = kind == PA_BREAK_WORD ? UBRK_WORD : UBRK_SENTENCE;
    UBreakIterator *iterator = ubrk_open(type, locale, NULL, 0, &error);
    *status = error;
    if (U_FAILURE(error)) {
        return NULL;
    }
    pa_breaker *breaker = calloc(1, sizeof(pa_breaker));
    if (breaker == NULL) {
        ubrk_close(iterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    breaker->iterator = iterator;
    UText initial = UTEXT_INITIALIZER;
    breaker->text = initial;
    return breaker;
}

void pa_breaker_close(pa_breaker *breaker) {
    if (breaker == NULL) {
        return;
    }
    if (breaker->has_text) {
        utext_close(&breaker->text);
    }
    ubrk_close(breaker->iterator);
    free(breaker);
}

void pa_breaker_set_utf8(pa_breaker *breaker, const char *text, int64_t length, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    utext_openUTF8(&breaker->text, text, length, &error);
    if (U_FAILURE(error)) {
        *status = error;
        return;
    }
    breaker->has_text = 1;
    ubrk_setUText(breaker->iterator, &breaker->text, &error);
    *status = error;
}

int64_t pa_breaker_fill(pa_breaker *breaker, int64_t *offsets, int32_t *statuses, int64_t capacity) {
    int64_t count = 0;
    while (count < capacity) {
        int32_t next = ubrk_next(breaker->iterator);
        if (next == UBRK_DONE) {
            break;
        }
        offsets[count] = next;
        if (statuses != NULL) {
            statuses[count] = ubrk_getRuleStatus(breaker->iterator);
        }
        count += 1;
    }
    return count;
}

// UTF-8 in, UTF-16 work buffer, UTF-8 out. Small inputs use the stack.
enum { STACK_UNITS = 256 };

static UChar *to_utf16(const char *input, int32_t length, UChar *stack, int32_t *units, UErrorCode *error) {
    int32_t needed = 0;
    u_strFromUTF8(stack, STACK_UNITS, &needed, input, length, error);
    if (*error == U_BUFFER_OVERFLOW_ERROR || needed > STACK_UNITS) {
        *error = U_ZERO_ERROR;
        UChar *heap = malloc(sizeof(UChar) * (size_t)(needed + 1));
        if (heap == NULL) {
            *error = U_MEMORY_ALLOCATION_ERROR;
            return NULL;
        }
        u_strFromUTF8(heap, needed + 1, &needed, input, length, error);
        *units = needed;
        return heap;
    }
    *units = needed;
    return stack;
}

static int32_t from_utf16(const UChar *source, int32_t units, char *output, int32_t capacity, UErrorCode *error) {
    int32_t needed = 0;
    u_strToUTF8(output, capacity, &needed, source, units, error);
    if (*error == U_BUFFER_OVERFLOW_ERROR || *error == U_STRING_NOT_TERMINATED_WARNING) {
        *error = U_ZERO_ERROR;
    }
    return needed;
}

int32_t pa_nfkc_casefold_utf8(const char *input, int32_t length, char *output, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    const UNormalizer2 *normalizer = unorm2_getNFKCCasefoldInstance(&error);
    if (U_FAILURE(error)) {
        *status = error;
        return 0;
    }
    UChar stack_in[STACK_UNITS];
    int32_t units = 0;
    UChar *source = to_utf16(input, length, stack_in, &units, &error);
    if (U_FAILURE(error)) {
        *status = error;
        return 0;
    }
    UChar stack_out[STACK_UNITS * 2];
    UChar *target = stack_out;
    int32_t target_capacity = STACK_UNITS * 2;
    int32_t produced = unorm2_normalize(normalizer, source, units, target, target_capacity, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR) {
        error = U_ZERO_ERROR;
        target_capacity = produced + 1;
        target = malloc(sizeof(UChar) * (size_t)target_capacity);
        if (target == NULL) {
            error = U_MEMORY_ALLOCATION_ERROR;
        } else {
            produced = unorm2_normalize(normalizer, source, units, target, target_capacity, &error);
        }
    }
    int32_t needed = 0;
    if (U_SUCCESS(error)) {
        needed = from_utf16(target, produced, output, capacity, &error);
    }
    if (target != stack_out) {
        free(target);
    }
    if (source != stack_in) {
        free(source);
    }
    *status = error;
    return needed;
}

struct pa_transliterator {
    UTransliterator *transliterator;
};

pa_transliterator *pa_transliterator_open(const char *identifier, const char *rules, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UChar id16[256];
    int32_t id_units = 0;
    u_strFromUTF8(id16, 256, &id_units, identifier, -1, &error);
    if (U_FAILURE(error)) {
        *status = error;
        return NULL;
    }
    UTransliterator *transliterator = NULL;
    if (rules != NULL) {
        UChar stack[STACK_UNITS];
        int32_t units = 0;
        UChar *rules16 = to_utf16(rules, -1, stack, &units, &error);
        if (U_FAILURE(error)) {
            *status = error;
            return NULL;
        }
        UParseError parse_error;
        transliterator = utrans_openU(id16, id_units, UTRANS_FORWARD, rules16, units, &parse_error, &error);
        if (rules16 != stack) {
            free(rules16);
        }
    } else {
        transliterator = utrans_openU(id16, id_units, UTRANS_FORWARD, NULL, 0, NULL, &error);
    }
    *status = error;
    if (U_FAILURE(error)) {
        return NULL;
    }
    pa_transliterator *result = malloc(sizeof(pa_transliterator));
    if (result == NULL) {
        utrans_close(transliterator);
        *status = U_MEMORY_ALLOCATION_ERROR;
        return NULL;
    }
    result->transliterator = transliterator;
    return result;
}

void pa_transliterator_close(pa_transliterator *transliterator) {
    if (transliterator == NULL) {
        return;
    }
    utrans_close(transliterator->transliterator);
    free(transliterator);
}

int32_t pa_transliterate_utf8(pa_transliterator *transliterator, const char *input, int32_t length,
                              char *output, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UChar stack_in[STACK_UNITS];
    int32_t units = 0;
    UChar *source = to_utf16(input, length, stack_in, &units, &error);
    if (U_FAILURE(error)) {
        *status = error;
        return 0;
    }
    // Transliteration works in place; give it room to grow.
    int32_t work_capacity = units * 4 + 16;
    UChar *work = malloc(sizeof(UChar) * (size_t)work_capacity);
    int32_t needed = 0;
    if (work == NULL) {
        error = U_MEMORY_ALLOCATION_ERROR;
    } else {
        memcpy(work, source, sizeof(UChar) * (size_t)units);
        int32_t text_length = units;
        int32_t limit = units;
        utrans_transUChars(transliterator->transliterator, work, &text_length, work_capacity, 0, &limit, &error);
        if (U_SUCCESS(error)) {
            needed = from_utf16(work, text_length, output, capacity, &error);
        }
        free(work);
    }
    if (source != stack_in) {
        free(source);
    }
    *status = error;
    return needed;
}

int32_t pa_detect_charset(const char *bytes, int32_t length, const char *declared_encoding,
                          char *name, int32_t name_capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    UCharsetDetector *detector = ucsdet_open(&error);
    if (U_FAILURE(error)) {
        *status = error;
        return -1;
    }
    ucsdet_setText(detector, bytes, length, &error);
    if (declared_encoding != NULL && U_SUCCESS(error)) {
        ucsdet_setDeclaredEncoding(detector, declared_encoding, -1, &error);
        error = U_ZERO_ERROR;
    }
    const UCharsetMatch *match = ucsdet_detect(detector, &error);
    int32_t confidence = -1;
    if (U_SUCCESS(error) && match != NULL) {
        const char *found = ucsdet_getName(match, &error);
        confidence = ucsdet_getConfidence(match, &error);
        if (U_SUCCESS(error) && found != NULL && name_capacity > 0) {
            strncpy(name, found, (size_t)name_capacity - 1);
            name[name_capacity - 1] = 0;
        }
    }
    ucsdet_close(detector);
    *status = error;
    return confidence;
}

int32_t pa_convert_to_utf8(const char *charset, const char *input, int32_t length,
                           char *output, int32_t capacity, int32_t *status) {
    UErrorCode error = U_ZERO_ERROR;
    int32_t needed = ucnv_convert("UTF-8", charset, output, capacity, input, length, &error);
    if (error == U_BUFFER_OVERFLOW_ERROR || error == U_STRING_NOT_TERMINATED_WARNING) {
        error = U_ZERO_ERROR;
    }
    *status = error;
    return needed;
}

const char *pa_status_name(int32_t status) {
    return u_errorName((UErrorCode)status);
}

int32_t pa_iso3_language(const char *locale, char *output, int32_t capacity) {
    const char *code = uloc_getISO3Language(locale);
    size_t length = code == NULL ? 0 : strlen(code);
    if (length == 0 || (int64_t)length + 1 > capacity) {
        return 0;
    }
    memcpy(output, code, length + 1);
    return (int32_t)length;
}
