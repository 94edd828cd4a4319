#include "telemetryview.h"

#include "hostloadoverview.h"
#include "inventory/inventory.h"
#include "inventory/objectref.h"
#include "model/topology.h"
#include "selectionhub.h"

#include <QAreaSeries>
#include <QButtonGroup>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineSeries>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QValueAxis>

#include <algorithm>

#include "telemetryview_p.h"

using namespace TelemetryCharts;

TelemetryView::TelemetryView(Inventory *inventory, TelemetryHistory *history, SelectionHub *hub,
                             QWidget *parent)
    : QWidget(parent), m_inventory(inventory), m_history(history), m_hub(hub), m_title(new QLabel(this)),
      m_recent(new QToolButton(this)), m_hour(new QToolButton(this)), m_stack(new QStackedWidget(this)),
      m_empty(new QLabel(this)), m_overview(new HostLoadOverview(inventory, this)), m_vgpuView(nullptr),
      m_vgpuMetric(new QComboBox(this)), m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    auto *top = new QHBoxLayout;
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    top->addWidget(m_title, 1);
    auto *group = new QButtonGroup(this);
    for (QAbstractButton *b : {m_recent, m_hour}) {
        b->setCheckable(true);
        group->addButton(b);
        top->addWidget(b);
    }
    m_recent->setChecked(true);
    connect(m_recent, &QAbstractButton::toggled, this, [this](bool on) {
        if (on)
            setSpan(Span::Recent);
    });
    connect(m_hour, &QAbstractButton::toggled, this, [this](bool on) {
        if (on)
            setSpan(Span::Hour);
    });
    layout->addLayout(top);

    auto *body = new QHBoxLayout;
    auto *overviewScroll = new QScrollArea(this);
    overviewScroll->setWidget(m_overview);
    overviewScroll->setWidgetResizable(true);
    overviewScroll->setFrameShape(QFrame::NoFrame);
    overviewScroll->setObjectName(QStringLiteral("overviewScroll"));
    overviewScroll->setMinimumWidth(m_overview->minimumSizeHint().width() + 20);
    overviewScroll->setMaximumWidth(m_overview->sizeHint().width() + 20);
    body->addWidget(overviewScroll, 0);
    connect(m_overview, &HostLoadOverview::gpuActivated, this, [this](const PciAddress &a) {
        m_hub->select(ObjectRef{ObjectRef::Kind::Gpu, m_hostId, a.toString()}, nullptr);
    });

    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_stack->addWidget(m_empty);
    auto *charts = new QWidget(m_stack);
    auto *grid = new QGridLayout(charts);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(4);
    auto makeView = [this](QWidget *parent) {
        // The chart goes in through the constructor: setChart() would leave the view's own default chart
        // ownerless (LeakSanitizer).
        auto *chart = new QChart;
        chart->legend()->hide();
        chart->setMargins(QMargins(2, 2, 2, 2));
        chart->setBackgroundVisible(false);
        chart->setLocalizeNumbers(true);
        auto *x = new QDateTimeAxis(chart);
        auto *y = new QValueAxis(chart);
        x->setTickCount(6);
        y->setTickCount(5);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        auto *view = new QChartView(chart, parent);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumSize(220, 150);
        return view;
    };
    int i = 0;
    for (Metric m : gpuMetrics) {
        QChartView *view = makeView(charts);
        QChart *chart = view->chart();
        auto *upper = new QLineSeries, *lower = new QLineSeries;
        auto *band = new QAreaSeries(upper, lower);
        upper->setParent(band);
        lower->setParent(band);
        auto *avg = new QLineSeries;
        chart->addSeries(band);
        chart->addSeries(avg);
        for (QAbstractSeries *s : {static_cast<QAbstractSeries *>(band), static_cast<QAbstractSeries *>(avg)})
            for (QAbstractAxis *a : chart->axes())
                s->attachAxis(a);
        m_views.insert(int(m), view);
        // Two rows of three; the encoder, last, takes the rest of the second row.
        grid->addWidget(view, i / 3, i % 3, 1, m == Metric::Encoder ? 2 : 1);
        ++i;
    }
    // The sixth cell: the vGPUs of the GPU, one line each, for a chosen figure.
    auto *vgpuBox = new QWidget(charts);
    auto *vgpuLayout = new QVBoxLayout(vgpuBox);
    vgpuLayout->setContentsMargins(0, 0, 0, 0);
    auto *vgpuTop = new QHBoxLayout;
    vgpuTop->addWidget(m_vgpuMetric);
    vgpuTop->addStretch(1);
    vgpuLayout->addLayout(vgpuTop);
    m_vgpuView = makeView(vgpuBox);
    m_vgpuView->chart()->legend()->setAlignment(Qt::AlignRight);
    m_vgpuView->chart()->legend()->setShowToolTips(true);
    vgpuLayout->addWidget(m_vgpuView, 1);
    // The vGPUs get a row of their own: room for a legend naming the VMs.
    grid->addWidget(vgpuBox, 2, 0, 1, 3);
    connect(m_vgpuMetric, &QComboBox::currentIndexChanged, this, &TelemetryView::fillVgpuChart);
    m_stack->addWidget(charts);
    body->addWidget(m_stack, 1);
    layout->addLayout(body, 1);

    // Samples come every second per host; redraw at most once a second and only the shown GPU.
    m_timer->setSingleShot(true);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &TelemetryView::refresh);
    connect(m_history, &TelemetryHistory::appended, this, [this](const QString &id) {
        if (id == m_hostId)
            scheduleRefresh();
    });
    connect(m_hub, &SelectionHub::currentChanged, this, [this](const ObjectRef &ref) { follow(ref); });
    retranslate();
    follow(m_hub->current());
}

QChart *TelemetryView::chart(Metric metric) const
{
    const QChartView *v = m_views.value(int(metric));
    return v ? v->chart() : nullptr;
}

QChart *TelemetryView::vgpuChart() const
{
    return m_vgpuView->chart();
}

void TelemetryView::retranslate()
{
    m_recent->setText(tr("Last 5 minutes"));
    m_hour->setText(tr("Last hour"));
    const int metric = std::max(0, m_vgpuMetric->currentIndex());
    {
        const QSignalBlocker block(m_vgpuMetric);
        m_vgpuMetric->clear();
        m_vgpuMetric->addItem(tr("vGPU utilization (%)"), int(Metric::Utilization));
        m_vgpuMetric->addItem(tr("vGPU framebuffer used (GiB)"), int(Metric::FramebufferUsed));
        m_vgpuMetric->addItem(tr("vGPU encoder (%)"), int(Metric::Encoder));
        m_vgpuMetric->setCurrentIndex(metric);
    }
    const QHash<int, QString> titles{
        {int(Metric::Utilization), tr("Utilization (%)")},
        {int(Metric::FramebufferUsed), tr("Framebuffer used (GiB)")},
        {int(Metric::Temperature), tr("Temperature (°C)")},
        {int(Metric::Power), tr("Power (W)")},
        {int(Metric::Encoder), tr("Encoder (%)")},
    };
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("overviewScroll")))
        scroll->setAccessibleName(tr("Load of every GPU of the host"));
    for (auto it = m_views.cbegin(); it != m_views.cend(); ++it) {
        QChart *c = it.value()->chart();
        c->setTitle(titles.value(it.key()));
        it.value()->setAccessibleName(titles.value(it.key()));
        if (QAreaSeries *band = bandSeries(c))
            band->setName(tr("Minimum to maximum"));
        if (QLineSeries *avg = avgSeries(c))
            avg->setName(tr("Average"));
    }
    refresh();
}

void TelemetryView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslate();
    else if (event->type() == QEvent::PaletteChange)
        refresh();
}

void TelemetryView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
}

void TelemetryView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (isVisible() && !m_timer->isActive())
        m_timer->start(100); // once the charts have their new size
}

void TelemetryView::setSpan(Span span)
{
    if (span == m_span)
        return;
    m_span = span;
    (span == Span::Recent ? m_recent : m_hour)->setChecked(true);
    refresh();
}

void TelemetryView::follow(const ObjectRef &ref)
{
    const Inventory::Host *h = ref.hostId.isEmpty() ? nullptr : m_inventory->host(ref.hostId);
    if (!h) {
        showGpu({}, {});
        return;
    }
    const HostSnapshot &s = h->snapshot;
    PciAddress gpu;
    switch (ref.kind) {
    case ObjectRef::Kind::Gpu:
    case ObjectRef::Kind::Function:
        if (const auto a = PciAddress::parse(ref.key))
            gpu = Topology::owningGpu(s, *a);
        break;
    case ObjectRef::Kind::MdevType:
        if (const auto a = PciAddress::parse(ref.key.section(u'/', 0, 0)))
            gpu = *a;
        break;
    case ObjectRef::Kind::Mdev:
        if (const auto m = s.mdevs.constFind(ref.key); m != s.mdevs.cend())
            gpu = Topology::owningGpu(s, m->parent);
        break;
    case ObjectRef::Kind::Vm:
        if (const auto vm = s.vms.constFind(ref.key); vm != s.vms.cend()) {
            for (const Hostdev &d : vm->hostdevs) {
                const auto m = s.mdevs.constFind(d.uuid);
                gpu = d.kind == Hostdev::Kind::Mdev
                          ? (m != s.mdevs.cend() ? Topology::owningGpu(s, m->parent) : PciAddress())
                          : Topology::owningGpu(s, d.address);
                if (gpu.isValid())
                    break;
            }
        }
        break;
    default:
        break;
    }
    if (!gpu.isValid()) // a host, or something without a GPU: keep the GPU shown on this host, else its first
        gpu = ref.hostId == m_hostId && m_gpu.isValid() ? m_gpu : Topology::gpus(s).value(0);
    showGpu(ref.hostId, gpu);
}

void TelemetryView::showGpu(const QString &hostId, const PciAddress &gpu)
{
    if (hostId == m_hostId && gpu == m_gpu)
        return;
    m_hostId = hostId;
    m_gpu = gpu;
    m_overview->setHost(hostId);
    m_overview->setCurrentGpu(gpu);
    refresh();
}

void TelemetryView::scheduleRefresh()
{
    if (isVisible() && !m_timer->isActive())
        m_timer->start(1000);
}

void TelemetryView::refreshNow()
{
    refresh();
}

void TelemetryView::refresh()
{
    m_overview->refresh();
    const Inventory::Host *h = m_hostId.isEmpty() ? nullptr : m_inventory->host(m_hostId);
    if (!h || !m_gpu.isValid()) {
        m_title->setText(tr("Telemetry"));
        m_empty->setText(h ? tr("No GPUs on this host.")
                           : tr("Select a host or a GPU to see its telemetry."));
        m_stack->setCurrentWidget(m_empty);
        return;
    }
    const PciDevice d = h->snapshot.pciDevices.value(m_gpu);
    const QString host = h->displayName.isEmpty() ? h->uri : h->displayName;
    m_title->setText(tr("%1 · %2 on %3", "@title product · PCI address on host")
                         .arg(Topology::productLabel(d), m_gpu.toString(), host));
    const auto util = m_history->gpuSeries(m_hostId, m_gpu, Metric::Utilization, Span::Recent);
    const bool any = !util.isEmpty() ||
                     !m_history->gpuSeries(m_hostId, m_gpu, Metric::Temperature, Span::Recent).isEmpty() ||
                     !m_history->gpuSeries(m_hostId, m_gpu, Metric::Utilization, Span::Hour).isEmpty();
    if (!any) {
        m_empty->setText(
            h->agent.state == AgentStatus::State::None
                ? tr("No telemetry: %1 has no host agent. Add the agent to the connection to see "
                     "utilization, framebuffer, temperature and power.")
                      .arg(host)
                : tr("No telemetry for this GPU yet. The host agent reports NVIDIA GPUs that the "
                     "host driver sees (not those bound to vfio-pci)."));
        m_stack->setCurrentIndex(0);
        return;
    }
    m_stack->setCurrentIndex(1);
    if (!isVisible())
        return; // filled when shown
    const GpuSample *latest = h->agent.telemetry ? h->agent.telemetry->gpu(m_gpu) : nullptr;
    for (Metric m : gpuMetrics) {
        double top = 100;
        if (m == Metric::FramebufferUsed)
            top = latest && latest->fbTotalMiB ? double(*latest->fbTotalMiB) / 1024.0 : 0;
        else if (m == Metric::Power)
            top = latest && latest->powerLimitW ? *latest->powerLimitW : 0;
        else if (m == Metric::Temperature)
            top = 100;
        fillChart(chart(m), m_history->gpuSeries(m_hostId, m_gpu, m, m_span), m, top);
    }
    fillVgpuChart();
}
