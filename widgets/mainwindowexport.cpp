// File → Export: the GPU board as PNG, the report as PDF and its tables as CSV, in the current language.
#include "boardimage.h"
#include "gpuboardview.h"
#include "inventory/inventory.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "report/csvwriter.h"
#include "report/reportdata.h"
#include "reportpdf.h"
#include "selectionhub.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include "retranslator.h"

#include <QMenu>
#include <QProgressDialog>
#include <QScrollBar>
#include <QStandardPaths>

void MainWindow::buildExportMenu(QMenu *file)
{
    QMenu *menu = file->addMenu(QString());
    QAction *png = menu->addAction(QString(), this, [this] { exportWithDialog(0); });
    QAction *pdf = menu->addAction(QString(), this, [this] { exportWithDialog(1); });
    QAction *csv = menu->addAction(QString(), this, [this] { exportWithDialog(2); });
    menu->addSeparator();
    // Excel opens UTF-8 CSV as the legacy code page unless it starts with a byte order mark: on by default
    // where that matters most, for Chinese.
    m_csvBom = menu->addAction(QString());
    m_csvBom->setCheckable(true);
    m_csvBom->setChecked(QLocale().language() == QLocale::Chinese);
    m_tx->bind([=] {
        menu->setTitle(tr("&Export"));
        png->setText(tr("&Board as PNG…"));
        pdf->setText(tr("&Report as PDF…"));
        csv->setText(tr("&Tables as CSV…"));
        m_csvBom->setText(tr("CSV for &Excel (UTF-8 with byte order mark)"));
    });
}

void MainWindow::setLicenceSummaryProvider(std::function<std::optional<LicenceSummary>()> provider)
{
    m_licenceSummary = std::move(provider);
}

Status MainWindow::exportBoardPng(const QString &path)
{
    const QString host = m_board->host();
    const int width = std::max(GpuBoardView::MinCardWidth + 24, m_board->viewport()->width());
    const QImage image = BoardImage::render(*m_inventory, host, width, m_board->font(), m_board->palette(),
                                            devicePixelRatioF());
    return BoardImage::savePng(image, path);
}

Status MainWindow::exportReportPdf(const QString &path)
{
    const ReportData report =
        ReportData::build(*m_inventory, m_licenceSummary ? m_licenceSummary() : std::optional<LicenceSummary>());
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    ReportPdf::Options options;
    options.font = font();
    options.progress = [&progress](int percent) {
        progress.setValue(percent);
        return !progress.wasCanceled();
    };
    return ReportPdf::write(report, *m_inventory, path, options);
}

Result<QStringList> MainWindow::exportTablesCsv(const QString &dir, bool byteOrderMark)
{
    const ReportData report =
        ReportData::build(*m_inventory, m_licenceSummary ? m_licenceSummary() : std::optional<LicenceSummary>());
    return CsvWriter::writeTables(report, dir, {}, byteOrderMark);
}

void MainWindow::exportWithDialog(int kind)
{
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmm"));
    Status status = Done{};
    QString done;
    if (kind == 0) {
        const Inventory::Host *h = m_inventory->host(m_board->host());
        const QString name =
            h ? (h->displayName.isEmpty() ? QStringLiteral("host") : h->displayName) : QString();
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Board as PNG"), QDir(docs).filePath(tr("gpu-board-%1.png").arg(name)),
            tr("PNG images (*.png)"));
        if (path.isEmpty())
            return;
        status = exportBoardPng(path);
        done = tr("The GPU board was saved to %1").arg(QDir::toNativeSeparators(path));
    } else if (kind == 1) {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export Report as PDF"), QDir(docs).filePath(tr("gpu-report-%1.pdf").arg(stamp)),
            tr("PDF documents (*.pdf)"));
        if (path.isEmpty())
            return;
        status = exportReportPdf(path);
        done = tr("The report was saved to %1").arg(QDir::toNativeSeparators(path));
    } else {
        const QString dir =
            QFileDialog::getExistingDirectory(this, tr("Export Tables as CSV to Folder"), docs);
        if (dir.isEmpty())
            return;
        const Result<QStringList> written = exportTablesCsv(dir, m_csvBom && m_csvBom->isChecked());
        if (!written)
            status = written.error();
        else
            done = tr("%n table(s) saved as CSV in %1", nullptr, int(written->size()))
                       .arg(QDir::toNativeSeparators(dir));
    }
    if (!status)
        m_message->show(MessageBar::Kind::Error, status.error());
    else
        m_message->show(MessageBar::Kind::Info, Error{done, {}});
}
