/*
 * e2c_check.h — a dozen lines of test framework: CHECK(cond) and friends print file:line and the
 * failing expression, count failures, and let the test go on; e2c_check_exit() ends main.
 */
#ifndef E2C_CHECK_H
#define E2C_CHECK_H

#include <stdio.h>
#include <string.h>

extern int e2c_check_failures;

#define CHECK(cond)                                                                    \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #cond);   \
            e2c_check_failures++;                                                      \
        }                                                                              \
    } while (0)

#define CHECK_EQ_U64(actual, expected)                                                          \
    do {                                                                                        \
        unsigned long long a_ = (unsigned long long)(actual), e_ = (unsigned long long)(expected); \
        if (a_ != e_) {                                                                         \
            fprintf(stderr, "%s:%d: %s = %llu, expected %llu\n", __FILE__, __LINE__, #actual, a_, e_); \
            e2c_check_failures++;                                                               \
        }                                                                                       \
    } while (0)

#define CHECK_EQ_I64(actual, expected)                                                          \
    do {                                                                                        \
        long long a_ = (long long)(actual), e_ = (long long)(expected);                         \
        if (a_ != e_) {                                                                         \
            fprintf(stderr, "%s:%d: %s = %lld, expected %lld\n", __FILE__, __LINE__, #actual, a_, e_); \
            e2c_check_failures++;                                                               \
        }                                                                                       \
    } while (0)

/* Exact float/double equality on purpose: values must come out bit for bit as they went in. */
#define CHECK_EQ_F(actual, expected)                                                            \
    do {                                                                                        \
        double a_ = (double)(actual), e_ = (double)(expected);                                  \
        if (a_ != e_) {                                                                         \
            fprintf(stderr, "%s:%d: %s = %.9g, expected %.9g\n", __FILE__, __LINE__, #actual, a_, e_); \
            e2c_check_failures++;                                                               \
        }                                                                                       \
    } while (0)

#define CHECK_STR(actual, expected)                                                             \
    do {                                                                                        \
        const char *a_ = (actual), *e_ = (expected);                                            \
        if (strcmp(a_, e_) != 0) {                                                              \
            fprintf(stderr, "%s:%d: %s = \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual, a_, e_); \
            e2c_check_failures++;                                                               \
        }                                                                                       \
    } while (0)

/* Fatal: stop this test now (setup that everything after depends on). */
#define REQUIRE(cond)                                                                  \
    do {                                                                               \
        if (!(cond)) {                                                                 \
            fprintf(stderr, "%s:%d: REQUIRE failed: %s\n", __FILE__, __LINE__, #cond); \
            return e2c_check_exit(1);                                                  \
        }                                                                              \
    } while (0)

#define E2C_CHECK_DEFINE int e2c_check_failures = 0;

static inline int e2c_check_exit(int fatal)
{
    if (fatal || e2c_check_failures > 0) {
        fprintf(stderr, "FAILED (%d check(s))\n", e2c_check_failures + fatal);
        return 1;
    }
    printf("OK\n");
    return 0;
}

#endif /* E2C_CHECK_H */
