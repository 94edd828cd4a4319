// Turns the meaning the inventory's item models publish in roles into looks: icons, colours, fonts,
// tooltips and the "(demo)" mark. Works on any of them: it finds their roles by name (roleNames()).
#pragma once

#include <QHash>
#include <QIcon>
#include <QIdentityProxyModel>
#include <QPalette>

#include <functional>
#include <optional>

class PresentationProxy final : public QIdentityProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PresentationProxy)
public:
    explicit PresentationProxy(QObject *parent = nullptr);

    void setSourceModel(QAbstractItemModel *source) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    // After a language change: tells the views that every header and cell has new text (the source models
    // translate in data(), so nothing else needs to change).
    void retranslate();

    // Colours follow the application palette unless a view's palette is given here.
    void setPalette(const QPalette &palette) { m_palette = palette; }

private:
    struct Roles
    {
        int connectionState = -1;
        int error = -1;
        int retry = -1;
        int isDemo = -1;
        int vmState = -1;
        int problemText = -1;
        int isVf = -1;
        int holderName = -1;
        int readinessSeverity = -1; // the worst readiness check of a row (IOMMU groups, readiness table)
        int readinessProblems = -1; // titles of its Warning/Error checks
        int checkId = -1;           // present only in the readiness table: every severity gets its icon
    };
    void resolveRoles();
    void emitDataChanged(const QModelIndex &parent);
    QPalette palette() const;
    QVariant sourceRole(const QModelIndex &index, int role) const;
    QIcon decoration(const QModelIndex &index) const;
    QString toolTip(const QModelIndex &index) const;
    bool hasProblem(const QModelIndex &index) const;
    std::optional<int> readinessSeverity(const QModelIndex &index) const;
    QIcon severityIcon(int severity) const;
    QIcon cachedIcon(const QString &key, const std::function<QIcon()> &make) const;

    Roles m_roles;
    std::optional<QPalette> m_palette;
    mutable QHash<QString, QIcon> m_icons;
};
