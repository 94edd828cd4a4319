// The readiness part of a GPU card: which of the agent's checks concern the card, and their tooltip text.
#include "agent/readinesstext.h"
#include "gpucard.h"

void GpuCard::attachReadiness(const ReadinessReport &report, bool loaded)
{
    readiness.clear();
    if (!loaded)
        return;
    QList<PciAddress> mine{address};
    for (const Companion &c : companions)
        mine.append(c.address);
    for (const Vf &vf : vfs)
        if (vf.address.isValid())
            mine.append(vf.address);
    for (const ReadinessCheck &c : report.checks)
        if (c.severity >= ReadinessSeverity::Warning && mine.contains(c.subject))
            readiness.append(c);
}

std::optional<ReadinessSeverity> GpuCard::worstReadiness() const
{
    std::optional<ReadinessSeverity> worst;
    for (const ReadinessCheck &c : readiness)
        if (!worst || c.severity > *worst)
            worst = c.severity;
    return worst;
}

QString GpuCard::readinessText() const
{
    QString text = tr("Readiness:", "@info:tooltip followed by the titles of failed readiness checks");
    for (const ReadinessCheck &c : readiness) {
        const QString title = ReadinessText::render(c).title;
        text += QStringLiteral("\n• ") +
                (c.subject == address ? title
                                      : tr("%1: %2", "@info:tooltip PCI address: readiness check title")
                                            .arg(c.subject.toString(), title));
    }
    return text + u'\n' + tr("See the Readiness tab for the remedy.");
}
