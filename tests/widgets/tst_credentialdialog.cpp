// Credentials asked for by a host's worker thread appear as a dialog on the GUI thread; the worker waits
// for the answer; a cancel refuses.
#include "credentialdialog.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <functional>

class TestCredentialDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void askedFromWorkerThread();
    void cancelRefuses();

private:
    // The dialog runs its own event loop: act on it from a timer that fires inside that loop.
    void whenDialogShows(std::function<void(QDialog *)> act);
};

void TestCredentialDialog::whenDialogShows(std::function<void(QDialog *)> act)
{
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, [timer, act] {
        if (auto *d = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            act(d);
        }
    });
    timer->start(20);
}

void TestCredentialDialog::askedFromWorkerThread()
{
    GuiCredentialProvider provider(nullptr);
    QList<CredentialRequest> requests(2);
    requests[0].kind = CredentialRequest::Kind::Username;
    requests[0].prompt = QStringLiteral("Username");
    requests[0].defaultValue = QStringLiteral("root");
    requests[1].kind = CredentialRequest::Kind::Password;
    requests[1].secret = true;
    std::atomic<int> answer{-1};
    QString title;
    int edits = 0;
    bool hidden = false;
    int answerWhileOpen = 0;
    whenDialogShows([&](QDialog *d) {
        title = d->windowTitle();
        const QList<QLineEdit *> e = d->findChildren<QLineEdit *>();
        edits = int(e.size());
        if (edits == 2) {
            hidden = e[1]->echoMode() == QLineEdit::Password && e[0]->text() == u"root";
            e[1]->setText(QStringLiteral("s3cret"));
        }
        answerWhileOpen = answer.load();
        d->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    QThread *worker = QThread::create([&] {
        answer = provider.provide(QStringLiteral("qemu+ssh://root@gpu-01/system"), requests) ? 1 : 0;
    });
    worker->start();
    QTRY_COMPARE_WITH_TIMEOUT(answer.load(), 1, 5000);
    QVERIFY(worker->wait(5000));
    delete worker;
    QVERIFY(title.contains(QStringLiteral("gpu-01")));
    QCOMPARE(edits, 2);
    QVERIFY(hidden);
    QCOMPARE(answerWhileOpen, -1); // the worker waited for the user
    QCOMPARE(requests[0].result, QStringLiteral("root"));
    QCOMPARE(requests[1].result, QStringLiteral("s3cret"));
}

void TestCredentialDialog::cancelRefuses()
{
    GuiCredentialProvider provider(nullptr);
    QList<CredentialRequest> requests(1);
    requests[0].kind = CredentialRequest::Kind::Password;
    std::atomic<int> answer{-1};
    whenDialogShows([](QDialog *d) { d->reject(); });
    QThread *worker = QThread::create([&] {
        answer = provider.provide(QStringLiteral("qemu+tls://gpu-02/system"), requests) ? 1 : 0;
    });
    worker->start();
    QTRY_COMPARE_WITH_TIMEOUT(answer.load(), 0, 5000);
    QVERIFY(worker->wait(5000));
    delete worker;
    QVERIFY(requests[0].result.isEmpty());
}

QTEST_MAIN(TestCredentialDialog)
#include "tst_credentialdialog.moc"
