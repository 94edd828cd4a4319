#include "planpreviewdialog.h"

#include "assign/linediff.h"
#include "model/labels.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

PlanPreviewDialog::PlanPreviewDialog(const AssignmentPlan &plan, QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Preview Plan"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    QFont bold = m_summary->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    m_summary->setFont(bold);
    layout->addWidget(m_summary);
    m_reasons = new QLabel(this);
    m_reasons->setWordWrap(true);
    m_reasons->setTextFormat(Qt::RichText);
    layout->addWidget(m_reasons);
    m_licence = new QLabel(this);
    layout->addWidget(m_licence);

    auto *offers = new QGroupBox(tr("Other functions of the IOMMU group"), this);
    m_offerBox = offers;
    m_offerLayout = new QVBoxLayout(offers);
    layout->addWidget(offers);

    auto *timing = new QGroupBox(tr("When", "@title:group when the change reaches the VM"), this);
    m_timingBox = timing;
    auto *timingLayout = new QVBoxLayout(timing);
    m_live = new QRadioButton(tr("Now: attach to the running VM and keep it in its configuration"), timing);
    m_nextStart = new QRadioButton(tr("At the next start: change the configuration only"), timing);
    timingLayout->addWidget(m_live);
    timingLayout->addWidget(m_nextStart);
    layout->addWidget(timing);
    connect(m_nextStart, &QRadioButton::toggled, this, [this] { emitRequest(); });

    // Releasing a vGPU: the mdev can stay on the host for the next VM, or go and free its room.
    m_removeMdev = new QCheckBox(tr("Also remove the vGPU (mdev) from the host once no VM uses it"), this);
    m_removeMdev->setToolTip(
        tr("Leave it unticked to keep the vGPU for another VM; its framebuffer stays taken."));
    layout->addWidget(m_removeMdev);
    connect(m_removeMdev, &QCheckBox::toggled, this, [this] { emitRequest(); });

    auto *split = new QSplitter(Qt::Vertical, this);
    m_steps = new QTreeWidget(split);
    m_steps->setHeaderLabels({tr("Step"), tr("Through", "@title:column libvirt or agent")});
    m_steps->setRootIsDecorated(false);
    m_steps->setAccessibleName(tr("Plan steps"));
    m_steps->header()->setStretchLastSection(false);
    m_steps->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_diffs = new QTabWidget(split);
    split->addWidget(m_steps);
    split->addWidget(m_diffs);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = m_buttons->addButton(tr("&Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);

    m_liveChoice = std::any_of(plan.verdict.timing.cbegin(), plan.verdict.timing.cend(),
                               [](auto t) { return t == AssignmentVerdict::Timing::LiveAndConfig; });
    setPlan(plan);
    resize(900, 720);
}

QTextEdit *PlanPreviewDialog::diffView(int domain) const
{
    return qobject_cast<QTextEdit *>(m_diffs->widget(domain));
}

void PlanPreviewDialog::setPlan(const AssignmentPlan &plan)
{
    m_plan = plan;
    for (const AssignmentOffer &o : plan.verdict.offers)
        if (std::none_of(m_offers.cbegin(), m_offers.cend(),
                         [&](const auto &x) { return x.address == o.address; }))
            m_offers.append(o);
    fill();
    m_apply->setEnabled(plan.verdict.accepted() && !plan.steps.isEmpty());
}

void PlanPreviewDialog::setPlanFailed(const QString &error)
{
    m_reasons->setText(QStringLiteral("<p style='color:#c62828'>%1</p>").arg(error.toHtmlEscaped()));
    m_apply->setEnabled(false);
}

void PlanPreviewDialog::fill()
{
    m_summary->setText(m_plan.summary());
    QStringList lines;
    for (const AssignmentReason &r : m_plan.verdict.reasons) {
        const QString mark = r.severity == Severity::Refusal   ? QStringLiteral("⛔")
                             : r.severity == Severity::Warning ? QStringLiteral("⚠")
                                                               : QStringLiteral("ℹ");
        lines << QStringLiteral("%1 %2").arg(mark, r.text().toHtmlEscaped());
    }
    m_reasons->setText(lines.join(QStringLiteral("<br>")));
    m_reasons->setVisible(!lines.isEmpty());
    m_licence->setText(tr("Guest licence: %1").arg(Labels::editionFullText(m_plan.verdict.edition)));
    m_licence->setVisible(m_plan.verdict.edition != LicenseEdition::None);

    // Offers: one box each, ticked when the request takes it.
    qDeleteAll(m_offerBoxes);
    m_offerBoxes.clear();
    for (const AssignmentOffer &o : std::as_const(m_offers)) {
        auto *box = new QCheckBox(o.text(), m_offerBox);
        box->setChecked(m_plan.request.alsoAssign.contains(o.address));
        box->setProperty("address", o.address.toString());
        connect(box, &QCheckBox::toggled, this, [this] { emitRequest(); });
        m_offerLayout->addWidget(box);
        m_offerBoxes.append(box);
    }
    m_offerBox->setVisible(!m_offers.isEmpty());

    m_timingBox->setVisible(m_liveChoice);
    const bool mdevRelease = m_plan.request.action == AssignmentRequest::Action::Release &&
                             m_plan.request.release.kind == Hostdev::Kind::Mdev;
    m_removeMdev->setVisible(mdevRelease);
    {
        const QSignalBlocker block(m_removeMdev);
        m_removeMdev->setChecked(m_plan.request.removeMdev);
    }
    {
        const QSignalBlocker a(m_live), b(m_nextStart);
        (m_plan.request.when == AssignmentRequest::When::NextStart ? m_nextStart : m_live)->setChecked(true);
    }

    m_steps->clear();
    int n = 0;
    for (const PlanStep &s : std::as_const(m_plan.steps)) {
        auto *item =
            new QTreeWidgetItem(m_steps, {tr("%1. %2").arg(++n).arg(s.description()),
                                          s.via == PlanStep::Via::Agent ? tr("agent") : tr("libvirt")});
        item->setData(0, Qt::UserRole, s.key());
    }

    while (m_diffs->count() > 0)
        delete m_diffs->widget(0);
    for (const DomainChange &d : std::as_const(m_plan.domains)) {
        auto *view = new QTextEdit(m_diffs);
        view->setReadOnly(true);
        view->setLineWrapMode(QTextEdit::NoWrap);
        view->setAccessibleName(tr("Configuration of %1, before and after").arg(d.vmName));
        showDiff(view, d.before, d.after);
        m_diffs->addTab(view, tr("%1 configuration").arg(d.vmName));
    }
}

void PlanPreviewDialog::showDiff(QTextEdit *view, const QString &before, const QString &after)
{
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->clear();
    QTextCursor c(view->document());
    const QPalette pal = view->palette();
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    // Tinted backgrounds keep the text readable in light and dark palettes alike.
    const QColor added = dark ? QColor(0x1e, 0x4d, 0x2b) : QColor(0xd4, 0xf7, 0xdc);
    const QColor removed = dark ? QColor(0x5c, 0x1f, 0x24) : QColor(0xfd, 0xdc, 0xdc);
    const QColor header = dark ? QColor(0x24, 0x3b, 0x55) : QColor(0xe1, 0xec, 0xf7);
    bool first = true;
    auto line = [&](const QString &text, const QColor &bg) {
        if (!first)
            c.insertBlock();
        first = false;
        QTextBlockFormat f;
        if (bg.isValid())
            f.setBackground(bg);
        c.setBlockFormat(f);
        c.insertText(text);
    };
    const QList<LineDiff::Hunk> hunks = LineDiff::diff(before, after);
    if (hunks.isEmpty())
        line(tr("(no change to the configuration)"), {});
    for (const LineDiff::Hunk &h : hunks) {
        line(QStringLiteral("@@ -%1,%2 +%3,%4 @@")
                 .arg(h.oldStart)
                 .arg(h.oldCount)
                 .arg(h.newStart)
                 .arg(h.newCount),
             header);
        for (const LineDiff::Line &l : h.lines) {
            switch (l.kind) {
            case LineDiff::Line::Kind::Added:
                line(QLatin1Char('+') + l.text, added);
                break;
            case LineDiff::Line::Kind::Removed:
                line(QLatin1Char('-') + l.text, removed);
                break;
            case LineDiff::Line::Kind::Context:
                line(QLatin1Char(' ') + l.text, {});
                break;
            }
        }
    }
    view->moveCursor(QTextCursor::Start);
}

void PlanPreviewDialog::emitRequest()
{
    AssignmentRequest r = m_plan.request;
    r.alsoAssign.clear();
    for (QCheckBox *box : std::as_const(m_offerBoxes))
        if (box->isChecked())
            r.alsoAssign.append(*PciAddress::parse(box->property("address").toString()));
    r.when = m_nextStart->isChecked() ? AssignmentRequest::When::NextStart : AssignmentRequest::When::Auto;
    if (r.action == AssignmentRequest::Action::Release)
        r.removeMdev = m_removeMdev->isChecked();
    m_apply->setEnabled(false); // until the new plan is here
    Q_EMIT requestChanged(r);
}
