// Terminal columns: Chinese text takes two cells a character, so gpuvirtctl's tables line up in Chinese too.
#include "core/textcolumns.h"

#include <QTest>

class TestTextColumns : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void widths_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("cells");
        QTest::newRow("ascii") << QStringLiteral("Warning") << 7;
        QTest::newRow("chinese") << QStringLiteral("警告") << 4;
        QTest::newRow("mixed") << QStringLiteral("IOMMU 组") << 8;
        QTest::newRow("full-width colon") << QStringLiteral("：") << 2;
        QTest::newRow("empty") << QString() << 0;
    }
    void widths()
    {
        QFETCH(QString, text);
        QFETCH(int, cells);
        QCOMPARE(TextColumns::width(text), cells);
    }
    void paddingLinesUpMixedScripts()
    {
        QCOMPARE(TextColumns::padded(QStringLiteral("错误"), 8), QStringLiteral("错误    "));
        QCOMPARE(TextColumns::padded(QStringLiteral("Error"), 8), QStringLiteral("Error   "));
        QCOMPARE(TextColumns::width(TextColumns::padded(QStringLiteral("主机"), 13)), 13);
        QCOMPARE(TextColumns::padded(QStringLiteral("too long for it"), 4), QStringLiteral("too long for it"));
    }
};

QTEST_APPLESS_MAIN(TestTextColumns)
#include "tst_textcolumns.moc"
