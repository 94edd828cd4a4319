// Every GPU of one host at a glance: a row per GPU with its utilization and framebuffer bars and its
// temperature and power, from the agent's latest telemetry. Clicking a row picks that GPU.
#pragma once

#include "model/pciaddress.h"

#include <QWidget>

class Inventory;

class HostLoadOverview final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HostLoadOverview)
public:
    struct Row
    {
        PciAddress address;
        QString title; // product name
        int gpuPct = -1, fbPct = -1, temperatureC = -1000, powerW = -1;
        friend bool operator==(const Row &, const Row &) = default;
    };

    explicit HostLoadOverview(Inventory *inventory, QWidget *parent = nullptr);
    void setHost(const QString &hostId);
    void setCurrentGpu(const PciAddress &address);
    void refresh(); // re-reads the latest sample; repaints only when a row changed
    const QList<Row> &rows() const { return m_rows; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void gpuActivated(const PciAddress &address);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    int rowHeight() const;

    Inventory *m_inventory;
    QString m_hostId;
    PciAddress m_current;
    QList<Row> m_rows;
};
