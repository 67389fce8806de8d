/* e2c_text.c — see e2c_text.h. */
#include "e2c_text.h"

size_t e2c_text_copy(char *dst, size_t cap, const char *src)
{
    size_t n = 0;
    size_t copied;
    if (cap == 0) {
        return 0;
    }
    if (src != NULL) {
        while (n < cap - 1 && src[n] != '\0') {
            dst[n] = src[n];
            n++;
        }
        /* Cut: src[n] is the first byte left out. If it continues a multi-byte sequence
         * (10xxxxxx), that character started inside what we copied: drop its leading bytes too. */
        copied = n;
        if (n == cap - 1 && src[n] != '\0') {
            while (n > 0 && ((unsigned char)src[n] & 0xC0u) == 0x80u) {
                n--;
            }
        }
        /* Clear the dropped bytes so the field holds no fragment after its terminator. */
        for (size_t i = n; i < copied; i++) {
            dst[i] = '\0';
        }
    }
    dst[n] = '\0';
    return n;
}
