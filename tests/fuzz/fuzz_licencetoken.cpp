// libFuzzer target: a client configuration token file as an operator may import it (or something else that
// was called .tok). Whatever parse() accepts is within the size limit, says what it read, and reads the same
// from the content it kept.
#include "licensing/clienttoken.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const Result<ClientToken> t =
        ClientToken::parse(bytes, QStringLiteral("client_configuration_token_03-05-24-10-15-00.tok"));
    if (!t) {
        if (t.error().summary.isEmpty())
            std::abort(); // every refusal says why
        return 0;
    }
    if (t->content.isEmpty() || t->content.size() > ClientToken::kMaxBytes || t->sha256().size() != 64)
        std::abort();
    const Result<ClientToken> again = ClientToken::parse(t->content);
    if (!again || again->claims != t->claims || again->issuer != t->issuer || again->expires != t->expires)
        std::abort();
    (void)t->factsJson();
    return 0;
}
