// The app icon inside the binary (resources/): the SVG the window and the tray load as
// ":/icons/posthog-companion.svg", and every rendered PNG size at its own size.
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QTest>

using namespace Qt::StringLiterals;

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void svgIconLoads()
    {
        QVERIFY(QFile::exists(u":/icons/posthog-companion.svg"_s));
        const QIcon icon(u":/icons/posthog-companion.svg"_s);
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(QSize(64, 64)).toImage();
        QCOMPARE(image.size(), QSize(64, 64));
        // Drawn, not blank: the rounded square's centre is opaque and its corner transparent.
        QCOMPARE(qAlpha(image.pixel(32, 32)), 255);
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    }

    void everyPngSizeIsThere_data()
    {
        QTest::addColumn<int>("size");
        for (int size : {16, 22, 24, 32, 48, 64, 128, 256, 512})
            QTest::newRow(qPrintable(QString::number(size))) << size;
    }

    void everyPngSizeIsThere()
    {
        QFETCH(int, size);
        const QImage image(u":/icons/posthog-companion-%1.png"_s.arg(size));
        QCOMPARE(image.size(), QSize(size, size));
        QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
