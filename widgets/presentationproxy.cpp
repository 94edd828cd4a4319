#include "presentationproxy.h"

#include "inventory/objectref.h"
#include "libvirt/hostconnection.h"
#include "model/hostsnapshot.h"
#include "model/labels.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace {

enum class Glyph { Gpu, Function, Slice, VirtualFunction, Group };

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() * (1 - t) + b.redF() * t),
                            float(a.greenF() * (1 - t) + b.greenF() * t),
                            float(a.blueF() * (1 - t) + b.blueF() * t));
}

// Pure hues for state dots, toned towards the palette's text so that they sit well on light and dark bases.
QColor stateColor(const char *name, const QPalette &pal)
{
    return mix(QColor(QLatin1String(name)), pal.color(QPalette::Text), 0.12);
}

QColor hostStateColor(HostConnection::State s, const QPalette &pal)
{
    switch (s) {
    case HostConnection::State::Connected:
        return stateColor("#2e9e44", pal);
    case HostConnection::State::Connecting:
        return stateColor("#d99a1e", pal);
    case HostConnection::State::Lost:
        return stateColor("#d6403a", pal);
    case HostConnection::State::Disconnected:
        break;
    }
    return pal.color(QPalette::PlaceholderText);
}

QColor vmStateColor(VmState s, const QPalette &pal)
{
    switch (s) {
    case VmState::Running:
        return stateColor("#2e9e44", pal);
    case VmState::Blocked:
    case VmState::Paused:
    case VmState::ShuttingDown:
        return stateColor("#d99a1e", pal);
    case VmState::Crashed:
        return stateColor("#d6403a", pal);
    case VmState::Suspended:
        return stateColor("#3b7dd8", pal);
    case VmState::Shutoff:
    case VmState::NoState:
        break;
    }
    return pal.color(QPalette::PlaceholderText);
}

QPixmap canvas(int size)
{
    QPixmap pm(size, size);
    pm.fill(Qt::transparent);
    return pm;
}

void paintDot(QPainter &p, const QPointF &centre, double radius, const QColor &fill, const QColor &ring)
{
    p.setPen(QPen(ring, 1.0));
    p.setBrush(fill);
    p.drawEllipse(centre, radius, radius);
}

// Small line drawings on a 16-unit grid, in the palette's text and highlight colours.
QPixmap paintGlyph(Glyph g, const QPalette &pal, int size)
{
    QPixmap pm = canvas(size);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.scale(size / 16.0, size / 16.0);
    const QColor ink = pal.color(QPalette::Text);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor base = pal.color(QPalette::Base);
    p.setPen(QPen(ink, 1.0));
    switch (g) {
    case Glyph::Gpu:
        p.setBrush(mix(base, accent, 0.45));
        p.drawRoundedRect(QRectF(1.5, 3.5, 13, 8), 1.5, 1.5);
        p.setBrush(base);
        p.drawEllipse(QPointF(6, 7.5), 2.5, 2.5);
        p.setBrush(ink);
        p.drawRect(QRectF(4.5, 11.5, 7, 1.5));
        break;
    case Glyph::Function:
        p.setBrush(mix(base, ink, 0.25));
        p.drawRect(QRectF(4.5, 4.5, 7, 7));
        for (double x : {6.5, 9.5}) {
            p.drawLine(QPointF(x, 1.5), QPointF(x, 4.5));
            p.drawLine(QPointF(x, 11.5), QPointF(x, 14.5));
        }
        break;
    case Glyph::Slice:
        p.setBrush(base);
        p.drawRoundedRect(QRectF(1.5, 4.5, 13, 7), 1.5, 1.5);
        p.setPen(Qt::NoPen);
        p.setBrush(accent);
        p.drawRect(QRectF(2.5, 5.5, 5, 5));
        break;
    case Glyph::VirtualFunction:
        p.setPen(QPen(ink, 1.0, Qt::DashLine));
        p.setBrush(base);
        p.drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 1.5, 1.5);
        p.setPen(Qt::NoPen);
        p.setBrush(mix(base, accent, 0.7));
        p.drawRect(QRectF(4.5, 6.5, 7, 3));
        break;
    case Glyph::Group:
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(QRectF(1.5, 2.5, 13, 11), 3, 3);
        p.setBrush(mix(base, accent, 0.6));
        p.drawRect(QRectF(4.5, 5.5, 3, 5));
        p.drawRect(QRectF(8.5, 5.5, 3, 5));
        break;
    }
    return pm;
}

} // namespace

PresentationProxy::PresentationProxy(QObject *parent) : QIdentityProxyModel(parent) {}

void PresentationProxy::setSourceModel(QAbstractItemModel *source)
{
    QIdentityProxyModel::setSourceModel(source);
    resolveRoles();
}

void PresentationProxy::resolveRoles()
{
    m_roles = {};
    if (!sourceModel())
        return;
    const QHash<int, QByteArray> names = sourceModel()->roleNames();
    const auto role = [&](const char *name) { return names.key(QByteArray(name), -1); };
    m_roles.connectionState = role("connectionState");
    m_roles.error = role("error");
    m_roles.retry = role("retryInSeconds");
    m_roles.isDemo = role("isDemo");
    m_roles.vmState = role("vmState");
    m_roles.problemText = role("problemText");
    m_roles.isVf = role("isVf");
    m_roles.holderName = role("holderName");
    m_roles.readinessSeverity = role("readinessSeverity");
    m_roles.readinessProblems = role("readinessProblems");
    m_roles.checkId = role("checkId");
}

QPalette PresentationProxy::palette() const
{
    return m_palette ? *m_palette : QGuiApplication::palette();
}

QVariant PresentationProxy::sourceRole(const QModelIndex &index, int role) const
{
    return role < 0 ? QVariant() : QIdentityProxyModel::data(index, role);
}

bool PresentationProxy::hasProblem(const QModelIndex &index) const
{
    return !sourceRole(index, m_roles.problemText).toString().isEmpty();
}

std::optional<int> PresentationProxy::readinessSeverity(const QModelIndex &index) const
{
    const QVariant v = sourceRole(index, m_roles.readinessSeverity);
    return v.isValid() ? std::optional<int>(v.toInt()) : std::nullopt;
}

// Severity values are ReadinessSeverity's: 0 OK, 1 information, 2 warning, 3 error.
QIcon PresentationProxy::severityIcon(int severity) const
{
    QStyle *style = QApplication::style();
    switch (severity) {
    case 0: {
        const QColor c = stateColor("#2e9e44", palette());
        return cachedIcon(QStringLiteral("severity-ok-") + c.name(), [&] {
            QIcon icon;
            for (int size : {16, 32}) {
                QPixmap pm = canvas(size);
                QPainter p(&pm);
                p.setRenderHint(QPainter::Antialiasing);
                p.scale(size / 16.0, size / 16.0);
                paintDot(p, QPointF(8, 8), 5.5, c, c.darker(140));
                p.setPen(QPen(Qt::white, 1.6, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
                p.drawPolyline(QPolygonF{QPointF(5.5, 8.2), QPointF(7.3, 10), QPointF(10.6, 6.3)});
                icon.addPixmap(pm);
            }
            return icon;
        });
    }
    case 1:
        return cachedIcon(QStringLiteral("severity-info"), [&] {
            return QIcon::fromTheme(QStringLiteral("dialog-information"),
                                    style->standardIcon(QStyle::SP_MessageBoxInformation));
        });
    case 2:
        return cachedIcon(QStringLiteral("warning"), [&] {
            return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    style->standardIcon(QStyle::SP_MessageBoxWarning));
        });
    case 3:
        return cachedIcon(QStringLiteral("severity-error"), [&] {
            return QIcon::fromTheme(QStringLiteral("dialog-error"),
                                    style->standardIcon(QStyle::SP_MessageBoxCritical));
        });
    default:
        break;
    }
    return {};
}

QIcon PresentationProxy::cachedIcon(const QString &key, const std::function<QIcon()> &make) const
{
    const QString fullKey = key + u'@' + QString::number(palette().cacheKey());
    auto it = m_icons.constFind(fullKey);
    if (it == m_icons.cend())
        it = m_icons.insert(fullKey, make());
    return *it;
}

QIcon PresentationProxy::decoration(const QModelIndex &index) const
{
    const QPalette pal = palette();
    QStyle *style = QApplication::style();
    const auto kind = ObjectRef::Kind(sourceRole(index, ObjectRoles::KindRole).toInt());
    const auto glyph = [&](Glyph g, const QString &key) {
        return cachedIcon(key, [&] {
            QIcon icon;
            icon.addPixmap(paintGlyph(g, pal, 16));
            icon.addPixmap(paintGlyph(g, pal, 32));
            return icon;
        });
    };
    const auto dot = [&](const QColor &c) {
        return cachedIcon(QStringLiteral("dot-") + c.name(), [&] {
            QIcon icon;
            for (int size : {16, 32}) {
                QPixmap pm = canvas(size);
                QPainter p(&pm);
                p.setRenderHint(QPainter::Antialiasing);
                p.scale(size / 16.0, size / 16.0);
                paintDot(p, QPointF(8, 8), 4.5, c, c.darker(140));
                icon.addPixmap(pm);
            }
            return icon;
        });
    };

    // The readiness table shows every check's result; other views flag only warnings and errors.
    const std::optional<int> severity = readinessSeverity(index);
    if (severity && (m_roles.checkId >= 0 || *severity >= 2))
        return severityIcon(*severity);
    if (hasProblem(index))
        return cachedIcon(QStringLiteral("warning"), [&] {
            return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                                    style->standardIcon(QStyle::SP_MessageBoxWarning));
        });
    switch (kind) {
    case ObjectRef::Kind::Host: {
        const auto state = HostConnection::State(sourceRole(index, m_roles.connectionState).toInt());
        const QColor c = hostStateColor(state, pal);
        // The computer with its connection state as a dot in the corner.
        return cachedIcon(QStringLiteral("host-") + c.name(), [&] {
            const QIcon base =
                QIcon::fromTheme(QStringLiteral("computer"), style->standardIcon(QStyle::SP_ComputerIcon));
            QIcon icon;
            for (int size : {16, 32}) {
                QPixmap pm = canvas(size);
                QPainter p(&pm);
                p.setRenderHint(QPainter::Antialiasing);
                p.drawPixmap(0, 0, base.pixmap(size, size));
                p.scale(size / 16.0, size / 16.0);
                paintDot(p, QPointF(12, 12), 3.5, c, pal.color(QPalette::Base));
                icon.addPixmap(pm);
            }
            return icon;
        });
    }
    case ObjectRef::Kind::Gpu:
        return glyph(Glyph::Gpu, QStringLiteral("gpu"));
    case ObjectRef::Kind::Function:
        return sourceRole(index, m_roles.isVf).toBool() ? glyph(Glyph::VirtualFunction, QStringLiteral("vf"))
                                                        : glyph(Glyph::Function, QStringLiteral("function"));
    case ObjectRef::Kind::Mdev:
    case ObjectRef::Kind::MdevType:
        return glyph(Glyph::Slice, QStringLiteral("slice"));
    case ObjectRef::Kind::IommuGroup:
        return glyph(Glyph::Group, QStringLiteral("group"));
    case ObjectRef::Kind::Vm: {
        const QVariant state = sourceRole(index, m_roles.vmState);
        return dot(vmStateColor(state.isValid() ? VmState(state.toInt()) : VmState::NoState, pal));
    }
    case ObjectRef::Kind::None:
        if (hasChildren(index))
            return cachedIcon(QStringLiteral("folder"), [&] {
                return QIcon::fromTheme(QStringLiteral("folder"), style->standardIcon(QStyle::SP_DirIcon));
            });
        break;
    }
    return {};
}

QString PresentationProxy::toolTip(const QModelIndex &index) const
{
    QString problem = sourceRole(index, m_roles.problemText).toString();
    const QStringList readiness = sourceRole(index, m_roles.readinessProblems).toStringList();
    if (!readiness.isEmpty() && m_roles.checkId < 0) {
        QString list = tr("Readiness:", "@info:tooltip followed by the titles of failed readiness checks");
        for (const QString &title : readiness)
            list += QStringLiteral("\n• ") + title;
        problem = problem.isEmpty() ? list : problem + u'\n' + list;
    }
    if (!problem.isEmpty())
        return problem;
    const auto kind = ObjectRef::Kind(sourceRole(index, ObjectRoles::KindRole).toInt());
    if (kind == ObjectRef::Kind::Host && m_roles.connectionState >= 0) {
        const auto state = HostConnection::State(sourceRole(index, m_roles.connectionState).toInt());
        QString text = sourceRole(index, m_roles.error).toString();
        if (text.isEmpty())
            return Labels::connectionStateText(state);
        const int retry = sourceRole(index, m_roles.retry).toInt();
        if (state == HostConnection::State::Lost && retry > 0)
            text += u'\n' + tr("Next attempt in %n second(s)", "@info:tooltip host reconnection", retry);
        return text;
    }
    if (kind == ObjectRef::Kind::Vm && m_roles.vmState >= 0)
        return Labels::vmStateText(VmState(sourceRole(index, m_roles.vmState).toInt()));
    const QString holder = sourceRole(index, m_roles.holderName).toString();
    if (!holder.isEmpty())
        return tr("Held by %1", "@info:tooltip the VM a device is assigned to").arg(holder);
    return {};
}

QVariant PresentationProxy::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    // Host rows of the cluster models (a readiness table's host checks are not hosts).
    const bool host =
        m_roles.connectionState >= 0 &&
        ObjectRef::Kind(sourceRole(index, ObjectRoles::KindRole).toInt()) == ObjectRef::Kind::Host;
    switch (role) {
    case Qt::DisplayRole:
        if (host && index.column() == 0 && sourceRole(index, m_roles.isDemo).toBool())
            return tr("%1 (demo)", "@item host of the built-in demo cluster")
                .arg(QIdentityProxyModel::data(index, role).toString());
        break;
    case Qt::DecorationRole:
        if (index.column() == 0) {
            if (const QIcon icon = decoration(index); !icon.isNull())
                return icon;
        }
        break;
    case Qt::ToolTipRole: {
        const QVariant own = QIdentityProxyModel::data(index, role);
        if (own.isValid())
            return own;
        const QString tip = toolTip(index);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::ForegroundRole: {
        const QPalette pal = palette();
        const QColor red(QStringLiteral("#e0302a"));
        // Mixed into the text colour: dark red on light palettes, light red on dark ones.
        if (hasProblem(index) || (host && !sourceRole(index, m_roles.error).toString().isEmpty()))
            return QBrush(mix(pal.color(QPalette::Text), red, 0.7));
        const QVariant state = sourceRole(index, m_roles.connectionState);
        if (host && state.isValid() &&
            HostConnection::State(state.toInt()) != HostConnection::State::Connected)
            return QBrush(pal.color(QPalette::PlaceholderText));
        break;
    }
    case Qt::BackgroundRole:
        if (hasProblem(index))
            return QBrush(mix(palette().color(QPalette::Base), QColor(QStringLiteral("#e0302a")), 0.12));
        break;
    case Qt::FontRole:
        if (host) {
            QFont f = QGuiApplication::font();
            f.setBold(true);
            return f;
        }
        break;
    default:
        break;
    }
    return QIdentityProxyModel::data(index, role);
}

void PresentationProxy::retranslate()
{
    if (const int columns = columnCount(); columns > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columns - 1);
    emitDataChanged({});
}

void PresentationProxy::emitDataChanged(const QModelIndex &parent)
{
    const int rows = rowCount(parent);
    const int columns = columnCount(parent);
    if (rows == 0 || columns == 0)
        return;
    Q_EMIT dataChanged(index(0, 0, parent), index(rows - 1, columns - 1, parent));
    for (int r = 0; r < rows; ++r)
        if (const QModelIndex child = index(r, 0, parent); hasChildren(child))
            emitDataChanged(child);
}
