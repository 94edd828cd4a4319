// The report as a PDF (QPdfWriter, no print support needed): a title page, the inventory, readiness and
// licence tables, and each host's GPU board drawn by the board's own painter (vector, text selectable).
#pragma once

#include "core/result.h"

#include <QCoreApplication>
#include <QFont>
#include <QStringList>

#include <functional>

class Inventory;
struct ReportData;

struct ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(ReportPdf)
public:
    struct Options
    {
        QFont font; // the body font; its family is used throughout (a CJK fallback comes from the system)
        QStringList boards; // host ids whose GPU board gets a page; empty: every loaded host with GPUs
        bool boardPages = true;
        // Called as the work advances (0..100); returning false cancels (the file is then not written).
        std::function<bool(int percent)> progress;
    };

    // Writes atomically: a failed or cancelled export leaves any existing file as it was.
    static Status write(const ReportData &report, const Inventory &inventory, const QString &path,
                        const Options &options);
};
