// Translated text for a readiness check, made where it is shown (the console, gpuvirtctl) from the
// check's id and arguments.
#pragma once

#include "readiness.h"

#include <QCoreApplication>
#include <QStringList>

struct ReadinessText
{
    Q_DECLARE_TR_FUNCTIONS(ReadinessText)
public:
    QString title;  // "IOMMU enabled"
    QString reason; // what was found, one or two sentences
    QString remedy; // what to do, in prose; empty when nothing needs doing
    // The exact lines the remedy names, untranslated, in order: kernel parameters, configuration lines,
    // commands. For a Copy button; they also appear in `remedy`.
    QStringList lines;

    static ReadinessText render(const ReadinessCheck &check);
    static QString severityText(ReadinessSeverity s);        // "OK", "Warning" …
    static QString subjectText(const ReadinessCheck &check); // "Host" or the PCI address
};
