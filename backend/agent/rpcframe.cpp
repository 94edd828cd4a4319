#include "rpcframe.h"

#include <QCoreApplication>
#include <QtEndian>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(FrameReader)
};
} // namespace

QByteArray RpcFrame::encode(QByteArrayView body)
{
    QByteArray out(kHeaderSize + body.size(), Qt::Uninitialized);
    qToBigEndian(quint32(body.size()), out.data());
    std::copy(body.begin(), body.end(), out.begin() + kHeaderSize);
    return out;
}

FrameReader::FrameReader(quint32 maxFrameSize) : m_max(maxFrameSize) {}

void FrameReader::append(QByteArrayView bytes)
{
    if (m_failure != Failure::None)
        return;
    // Drop what was consumed before growing, so a long-lived connection's buffer stays the size of one frame.
    if (m_pos > 0 && m_pos >= m_buffer.size() / 2) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    m_buffer.append(bytes);
}

std::optional<QByteArray> FrameReader::takeFrame()
{
    if (m_failure != Failure::None || buffered() < RpcFrame::kHeaderSize)
        return std::nullopt;
    const quint32 length = qFromBigEndian<quint32>(m_buffer.constData() + m_pos);
    if (length == 0 || length > m_max) {
        m_failure = length == 0 ? Failure::ZeroLength : Failure::Oversize;
        m_refused = length;
        m_buffer.clear();
        m_pos = 0;
        return std::nullopt;
    }
    if (buffered() < RpcFrame::kHeaderSize + qsizetype(length))
        return std::nullopt;
    QByteArray body = m_buffer.mid(m_pos + RpcFrame::kHeaderSize, length);
    m_pos += RpcFrame::kHeaderSize + length;
    if (m_pos == m_buffer.size()) {
        m_buffer.clear();
        m_pos = 0;
    }
    return body;
}

Error FrameReader::error() const
{
    switch (m_failure) {
    case Failure::None:
        return {};
    case Failure::ZeroLength:
        return Error{Text::tr("The peer sent an empty message"), QStringLiteral("frame length 0")};
    case Failure::Oversize:
        return Error{Text::tr("The peer sent a message larger than the limit of %1 bytes").arg(m_max),
                     QStringLiteral("frame length %1 exceeds %2").arg(m_refused).arg(m_max)};
    }
    return {};
}
