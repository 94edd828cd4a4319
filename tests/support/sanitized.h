// GPUVIRT_SANITIZED when this is built with ASan or TSan (tools/sanitize): tests then skip their assertions
// about our speed, since a sanitizer's cost says nothing about the product's.
#pragma once

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define GPUVIRT_SANITIZED
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define GPUVIRT_SANITIZED
#endif
#endif
