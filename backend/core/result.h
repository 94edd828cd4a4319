// Errors are values: a translated one-line summary plus the raw detail (libvirt, OpenSSL, errno).
#pragma once

#include <QMetaType>
#include <QString>

#include <utility>
#include <variant>

struct Error
{
    QString summary; // translated, one line, shown to the user
    QString detail;  // untranslated raw text from libvirt/OpenSSL/the OS, shown behind "Details"
    int code = 0;    // libvirt error code, errno or our own; 0 when none applies

    bool isNull() const { return summary.isEmpty(); }
    QString toString() const { return detail.isEmpty() ? summary : summary + QStringLiteral(": ") + detail; }
};
Q_DECLARE_METATYPE(Error)

template <typename T>
class Result
{
public:
    Result(T value) : m_v(std::move(value)) {}
    Result(Error error) : m_v(std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }
    const T &value() const & { return std::get<0>(m_v); }
    T &value() & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    const T *operator->() const { return &std::get<0>(m_v); }
    const T &operator*() const { return std::get<0>(m_v); }
    const Error &error() const { return std::get<1>(m_v); }

private:
    std::variant<T, Error> m_v;
};

// For operations that return nothing but can fail.
struct Done
{
};
using Status = Result<Done>;
