// Framing of agent messages on a byte stream: a 4-byte big-endian length, then that many bytes of UTF-8 JSON.
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace RpcFrame {
constexpr quint32 kDefaultMaxSize = 1024 * 1024; // body bytes
constexpr int kHeaderSize = 4;
QByteArray encode(QByteArrayView body); // header + body
} // namespace RpcFrame

// Cuts a stream that arrives in arbitrary chunks into frame bodies. The header is judged as soon as its four
// bytes are in, so an oversized frame is refused before its body is buffered. After a failure the stream
// cannot be resynchronised: the reader stays failed and ignores further input.
class FrameReader
{
public:
    enum class Failure { None, ZeroLength, Oversize };

    explicit FrameReader(quint32 maxFrameSize = RpcFrame::kDefaultMaxSize);

    void append(QByteArrayView bytes);
    // The next complete body, or std::nullopt when more bytes are needed or the stream failed.
    std::optional<QByteArray> takeFrame();

    Failure failure() const { return m_failure; }
    Error error() const; // translated description of failure(); null when none
    quint32 maxFrameSize() const { return m_max; }
    quint32 refusedLength() const { return m_refused; } // the length an Oversize header announced
    qsizetype buffered() const { return m_buffer.size() - m_pos; }

private:
    QByteArray m_buffer;
    qsizetype m_pos = 0; // consumed bytes at the front of m_buffer
    quint32 m_max;
    quint32 m_refused = 0;
    Failure m_failure = Failure::None;
};
