/* e2c_text.h — bounded UTF-8 string copy for strings the game hands us. */
#ifndef E2C_TEXT_H
#define E2C_TEXT_H

#include <stddef.h>

/* Copies the NUL-terminated UTF-8 string src into dst[cap] and NUL-terminates it. A string that
 * does not fit is cut before the first character that does not fit entirely, so a reader never
 * sees half a multi-byte sequence. src == NULL copies "". cap == 0 does nothing. Returns the
 * number of bytes written before the terminator. Never reads src beyond its terminator, and never
 * more than cap bytes of it. No allocation, no system call. */
size_t e2c_text_copy(char *dst, size_t cap, const char *src);

#endif /* E2C_TEXT_H */
