#include "auditlogview.h"
#include "retranslator.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

AuditLogView::AuditLogView(std::shared_ptr<AuditLog> log, QWidget *parent)
    : QWidget(parent), m_log(std::move(log))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_host = new QLineEdit(this);
    m_host->setClearButtonEnabled(true);
    m_vm = new QLineEdit(this);
    m_vm->setClearButtonEnabled(true);
    m_result = new QComboBox(this);
    for (const char *value : {"", "applied", "rolled-back", "rollback-incomplete"})
        m_result->addItem(QString(), QString::fromLatin1(value));
    m_useFrom = new QCheckBox(this);
    m_from = new QDateTimeEdit(QDateTime::currentDateTime().addDays(-7), this);
    m_from->setCalendarPopup(true);
    m_useTo = new QCheckBox(this);
    m_to = new QDateTimeEdit(QDateTime::currentDateTime().addDays(1), this);
    m_to->setCalendarPopup(true);
    auto *reload = new QPushButton(this);
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_host, m_vm, m_result, m_useFrom, m_from, m_useTo, m_to})
        filters->addWidget(w);
    filters->addStretch();
    filters->addWidget(reload);
    layout->addLayout(filters);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_model = new QStandardItemModel(0, 6, this);
    m_table = new QTableView(split);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; arrows move within it
    m_details = new QPlainTextEdit(split);
    m_details->setReadOnly(true);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    split->addWidget(m_table);
    split->addWidget(m_details);
    layout->addWidget(split, 1);
    m_status = new QLabel(this);
    layout->addWidget(m_status);
    (new Retranslator(this))->bind([=, this] {
        m_host->setPlaceholderText(tr("Host"));
        m_host->setAccessibleName(tr("Filter by host"));
        m_vm->setPlaceholderText(tr("VM name or UUID"));
        m_vm->setAccessibleName(tr("Filter by VM"));
        m_result->setAccessibleName(tr("Filter by result"));
        m_result->setItemText(0, tr("Any result"));
        m_result->setItemText(1, tr("Applied"));
        m_result->setItemText(2, tr("Rolled back"));
        m_result->setItemText(3, tr("Rollback incomplete"));
        m_useFrom->setText(tr("From", "@label:checkbox time range start"));
        m_from->setAccessibleName(tr("Records from", "@label time range start"));
        m_useTo->setText(tr("To", "@label:checkbox time range end"));
        m_to->setAccessibleName(tr("Records until", "@label time range end"));
        reload->setText(tr("&Refresh"));
        m_model->setHorizontalHeaderLabels(
            {tr("Time"), tr("Operator"), tr("Host"), tr("VMs"), tr("Plan"), tr("Result")});
        m_table->setAccessibleName(tr("Audit log records"));
        m_details->setAccessibleName(tr("Audit record"));
    });

    connect(reload, &QPushButton::clicked, this, &AuditLogView::refresh);
    connect(m_host, &QLineEdit::textChanged, this, &AuditLogView::refresh);
    connect(m_vm, &QLineEdit::textChanged, this, &AuditLogView::refresh);
    connect(m_result, &QComboBox::currentIndexChanged, this, &AuditLogView::refresh);
    for (QCheckBox *c : {m_useFrom, m_useTo})
        connect(c, &QCheckBox::toggled, this, &AuditLogView::refresh);
    for (QDateTimeEdit *e : {m_from, m_to})
        connect(e, &QDateTimeEdit::dateTimeChanged, this, &AuditLogView::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AuditLogView::showDetails);
    // The records' texts and the status line are made in refresh(); a language change makes them again.
    (new Retranslator(this))->bind([this] { refresh(); });
}

AuditFilter AuditLogView::filter() const
{
    AuditFilter f;
    f.host = m_host->text().trimmed();
    f.vm = m_vm->text().trimmed();
    f.result = m_result->currentData().toString();
    if (m_useFrom->isChecked())
        f.from = m_from->dateTime().toUTC();
    if (m_useTo->isChecked())
        f.to = m_to->dateTime().toUTC();
    return f;
}

void AuditLogView::refresh()
{
    const Result<AuditLog::Contents> read = m_log->read(filter());
    m_model->removeRows(0, m_model->rowCount());
    m_records.clear();
    m_details->clear();
    if (!read) {
        m_status->setText(read.error().toString());
        return;
    }
    // The result as the filter names it; an unknown key (a newer console wrote it) as it stands.
    const auto resultText = [this](const QString &key) {
        const int i = m_result->findData(key);
        return i > 0 ? m_result->itemText(i) : key;
    };
    // Newest first: the one just done is at the top.
    m_records = read->records;
    std::reverse(m_records.begin(), m_records.end());
    for (const AuditRecord &r : std::as_const(m_records)) {
        QList<QStandardItem *> row;
        for (const QString &t :
             {QLocale().toString(r.time.toLocalTime(), QLocale::ShortFormat), r.operatorIdentity, r.host,
              r.vmNames.join(QStringLiteral(", ")), r.summary, resultText(r.result)}) {
            auto *item = new QStandardItem(t);
            item->setToolTip(t);
            row.append(item);
        }
        row.back()->setData(r.result, Qt::UserRole);
        if (r.result != u"applied")
            row.back()->setForeground(QColor(0xc6, 0x28, 0x28));
        m_model->appendRow(row);
    }
    m_table->resizeColumnsToContents();
    QString status = tr("%n record(s) in %1", nullptr, int(m_records.size())).arg(m_log->path());
    if (!read->skippedLines.isEmpty())
        status +=
            QStringLiteral(" · ") + tr("%n damaged line(s) skipped", nullptr, int(read->skippedLines.size()));
    if (read->tornTail)
        status += QStringLiteral(" · ") + tr("the last record is incomplete");
    m_status->setText(status);
    if (!m_records.isEmpty())
        m_table->selectRow(0);
}

void AuditLogView::showDetails()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_records.size()) {
        m_details->clear();
        return;
    }
    m_details->setPlainText(
        QString::fromUtf8(QJsonDocument(m_records[row].json).toJson(QJsonDocument::Indented)));
}
