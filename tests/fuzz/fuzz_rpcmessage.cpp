// libFuzzer target: the agent's byte stream as a hostile peer sends it. The bytes go through the
// FrameReader in irregular chunks, every complete frame through the JSON-RPC parser, and a parsed
// message is serialised again; nothing may crash, hang or grow without bound.
#include "agent/rpcframe.h"
#include "agent/rpcmessage.h"

#include <QByteArray>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // The first byte chooses the chunking, so that one input explores how frames are split on the wire.
    const int chunk = size > 0 ? 1 + data[0] % 64 : 1;
    FrameReader reader(64 * 1024);
    for (qsizetype at = 0; at < bytes.size() && reader.failure() == FrameReader::Failure::None; at += chunk) {
        reader.append(bytes.mid(at, chunk));
        while (auto body = reader.takeFrame()) {
            const RpcMessage m = RpcMessage::parse(*body);
            if (m.kind != RpcMessage::Kind::Invalid)
                (void)RpcMessage::parse(m.serialize());
        }
    }
    // The same bytes as one bare message body, as a frame's content would be.
    (void)RpcMessage::parse(bytes);
    return 0;
}
