#include "tokenwriter.h"

#include "licensing/clienttoken.h"
#include "rpcmessage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QRegularExpression>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenWriter)
};

Error refused(const QString &summary, const QString &detail = {})
{
    return Error{summary, detail, Rpc::InvalidArgument};
}

Error osError(const QString &path, const char *what)
{
    const int err = errno;
    return Error{
        Text::tr("Cannot write %1").arg(path),
        QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromLocal8Bit(std::strerror(err))), err};
}

// The directory's real path when it is one of the allowed ones or below one, reached without symbolic
// links; empty otherwise.
QString allowedDirectory(const QStringList &allowed, const QString &directory)
{
    const QString clean = QDir::cleanPath(directory);
    const QFileInfo info(clean);
    if (!info.isDir())
        return {};
    const QString real = info.canonicalFilePath();
    if (real != clean) // a symbolic link somewhere on the way
        return {};
    for (const QString &a : allowed) {
        const QString root = QFileInfo(QDir::cleanPath(a)).canonicalFilePath();
        if (root.isEmpty())
            continue;
        if (real == root || real.startsWith(root + u'/'))
            return real;
    }
    return {};
}
} // namespace

Result<QJsonObject> TokenWriter::write(const QStringList &allowed, const QString &directory,
                                       const QString &fileName, const QByteArray &content)
{
    if (allowed.isEmpty())
        return Error{Text::tr("This agent accepts no licence tokens (start it with --token-dir)"),
                     {},
                     Rpc::NotAvailable};
    if (!QDir::isAbsolutePath(directory))
        return refused(Text::tr("The token directory must be an absolute path"), directory);
    if (directory.split(u'/').contains(QStringLiteral("..")))
        return refused(Text::tr("The token directory may not contain \"..\""), directory);
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_][A-Za-z0-9._-]{0,126}\\.tok$"));
    if (!name.match(fileName).hasMatch())
        return refused(Text::tr("The token file name must be a plain name ending in .tok"), fileName);
    const QString dir = allowedDirectory(allowed, directory);
    if (dir.isEmpty())
        return refused(Text::tr("%1 is not a directory this agent allows for tokens").arg(directory),
                       QStringLiteral("allowed: %1 (symbolic links are not followed)")
                           .arg(allowed.join(QStringLiteral(", "))));
    Result<ClientToken> token = ClientToken::parse(content, fileName);
    if (!token)
        return refused(token.error().summary, token.error().detail);
    const QString path = dir + u'/' + fileName;
    const QFileInfo target(path);
    if (target.isSymLink())
        return refused(Text::tr("%1 is a symbolic link; the agent does not write through links").arg(path));
    if (target.exists() && !target.isFile())
        return refused(Text::tr("%1 exists and is not a file").arg(path));

    // Temporary file in the same directory, mode 0644 before the first byte, fsync, rename over.
    QByteArray tmpl =
        QFile::encodeName(dir + QStringLiteral("/.") + fileName + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkostemp(tmpl.data(), O_CLOEXEC);
    if (fd < 0)
        return osError(path, "mkstemp");
    auto fail = [&](const char *what) {
        Error e = osError(path, what);
        ::close(fd);
        ::unlink(tmpl.constData());
        return e;
    };
    if (::fchmod(fd, 0644) != 0)
        return fail("fchmod");
    const QByteArray data = token->content + '\n';
    for (qsizetype done = 0; done < data.size();) {
        const ssize_t n = ::write(fd, data.constData() + done, size_t(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return fail("write");
        done += n;
    }
    if (::fsync(fd) != 0)
        return fail("fsync");
    if (::close(fd) != 0) {
        Error e = osError(path, "close");
        ::unlink(tmpl.constData());
        return e;
    }
    if (::rename(tmpl.constData(), QFile::encodeName(path).constData()) != 0) {
        Error e = osError(path, "rename");
        ::unlink(tmpl.constData());
        return e;
    }
    const QString sha =
        QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    return QJsonObject{
        {QStringLiteral("path"), path},
        {QStringLiteral("bytes"), int(data.size())},
        {QStringLiteral("sha256"), sha},
        {QStringLiteral("writes"),
         QJsonArray{QStringLiteral("wrote %1 bytes to %2 (mode 0644)").arg(data.size()).arg(path)}}};
}
