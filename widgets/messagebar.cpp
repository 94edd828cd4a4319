#include "messagebar.h"

#include "retranslator.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

MessageBar::MessageBar(QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 4, 4);
    m_icon = new QLabel(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details = new QPushButton(this);
    m_action = new QPushButton(this);
    m_close = new QPushButton(this);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setFlat(true);
    (new Retranslator(this))->bind([this] {
        m_details->setText(tr("Details…"));
        m_close->setToolTip(tr("Dismiss"));
        m_close->setAccessibleName(tr("Dismiss message"));
    });
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_action);
    layout->addWidget(m_close);
    connect(m_close, &QPushButton::clicked, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, &MessageBar::actionTriggered);
    connect(m_details, &QPushButton::clicked, this, [this] {
        QMessageBox box(QMessageBox::Information, tr("Details"), m_error.summary, QMessageBox::Close, this);
        box.setDetailedText(m_error.detail);
        box.exec();
    });
    hide();
}

void MessageBar::show(Kind kind, const Error &error, const QString &actionText)
{
    m_error = error;
    const QStyle::StandardPixmap icon = kind == Kind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == Kind::Warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation;
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(icon).pixmap(size, size));
    m_text->setText(error.summary);
    m_details->setVisible(!error.detail.isEmpty());
    m_action->setVisible(!actionText.isEmpty());
    m_action->setText(actionText);
    // Tint from the palette so dark themes stay readable.
    QPalette pal = QApplication::palette();
    const QColor tint = kind == Kind::Error     ? QColor(0xd9, 0x3f, 0x3f)
                        : kind == Kind::Warning ? QColor(0xe0, 0xa0, 0x20)
                                                : QColor(0x3f, 0x7f, 0xd9);
    QColor base = pal.color(QPalette::Window);
    base = QColor::fromRgbF(base.redF() * 0.8 + tint.redF() * 0.2, base.greenF() * 0.8 + tint.greenF() * 0.2,
                            base.blueF() * 0.8 + tint.blueF() * 0.2);
    pal.setColor(QPalette::Window, base);
    setPalette(pal);
    setAccessibleName(error.summary);
    QFrame::show();
}

QString MessageBar::text() const
{
    return m_text->text();
}
