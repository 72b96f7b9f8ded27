// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentRenderer.h"

#include "TableRowKeeper.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QFontMetricsF>
#include <QLocale>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTextDocument>
#include <QUrl>

namespace stepwise::DocumentRenderer {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::DocumentRenderer", text);
}

// Headings and tables in the same family as the body; sizes in points so they scale with the
// device's resolution.
QString styleSheet(bool forParticipant)
{
    return forParticipant
        ? QStringLiteral("h1 { font-size: 18pt; } h2 { font-size: 15pt; } "
                         "h3 { font-size: 13pt; } p, td, th, li { font-size: 12pt; }")
        : QStringLiteral("h1 { font-size: 15pt; } h2 { font-size: 13pt; } "
                         "h3 { font-size: 11pt; } p, td, th, li { font-size: 10pt; }");
}

QString headerText(const RecordDocument& d)
{
    if (d.participantName.isEmpty())
        return d.subject;
    QString who = d.participantName;
    if (!d.recordNumber.isEmpty())
        who += QStringLiteral(" \u00B7 ") + d.recordNumber;
    if (d.dateOfBirth.isValid())
        who += QStringLiteral(" \u00B7 ") + tr("DOB %1").arg(d.dateOfBirth.toString(Qt::ISODate));
    return who;
}

} // namespace

QPageSize defaultPageSize()
{
    const QLocale::Territory t = QLocale::system().territory();
    return (t == QLocale::UnitedStates || t == QLocale::Canada) ? QPageSize(QPageSize::Letter)
                                                                : QPageSize(QPageSize::A4);
}

namespace {

QFont baseFont(const RecordDocument& document)
{
    QFont base(QStringLiteral("DejaVu Sans"));
    base.setPointSizeF(document.forParticipant ? 12 : 10);
    // Qt 6.4 cannot switch ligatures off directly; any letter spacing does. Without "fi" and
    // "fl" ligatures the PDF's text searches and copies as written ("Confidential").
    base.setLetterSpacing(QFont::PercentageSpacing, 100.5);
    return base;
}

QFont smallFont(const RecordDocument& document)
{
    QFont small = baseFont(document);
    small.setPointSizeF(8);
    return small;
}

// Header: participant line and program line, then a rule. Footer: a rule and one line.
qreal headerHeightFor(const QFontMetricsF& small)
{
    return small.height() * 3;
}

qreal footerHeightFor(const QFontMetricsF& small)
{
    return small.height() * 2;
}

} // namespace

std::unique_ptr<QTextDocument> layout(const RecordDocument& document, QPagedPaintDevice& device)
{
    const QRectF page = device.pageLayout().paintRectPixels(device.logicalDpiY());
    const QFontMetricsF smallMetrics(smallFont(document), &device);
    const QSizeF body(page.width(),
        page.height() - headerHeightFor(smallMetrics) - footerHeightFor(smallMetrics));
    auto text = std::make_unique<QTextDocument>();
    text->documentLayout()->setPaintDevice(&device);
    text->setDefaultFont(baseFont(document));
    text->setDefaultStyleSheet(styleSheet(document.forParticipant));
    for (const auto& [name, image] : document.images)
        text->addResource(QTextDocument::ImageResource, QUrl(name), image);
    text->setHtml(
        QStringLiteral("<h1>%1</h1>").arg(document.title.toHtmlEscaped()) + document.bodyHtml);
    text->setPageSize(body);
    TableRowKeeper::keepRowsTogether(*text);
    return text;
}

Result<int> paint(const RecordDocument& document, QPagedPaintDevice& device)
{
    const int dpi = device.logicalDpiY();
    const QRectF page = device.pageLayout().paintRectPixels(dpi);
    if (page.width() < 100 || page.height() < 100)
        return Error { ErrorCode::InvalidArgument, tr("The page is too small to print on."), {},
            {} };

    const QFont small = smallFont(document);
    const QFontMetricsF smallMetrics(small, &device);
    const qreal headerHeight = headerHeightFor(smallMetrics);
    const qreal footerHeight = footerHeightFor(smallMetrics);
    const std::unique_ptr<QTextDocument> text = layout(document, device);
    const QSizeF body = text->pageSize();
    const int pages = text->pageCount();
    const QString footer = document.footerNotice.isEmpty()
        ? tr("Confidential: protected health information")
        : document.footerNotice;

    QPainter painter;
    if (!painter.begin(&device))
        return Error { ErrorCode::Io, tr("Could not start printing."), {}, {} };
    const QString left = headerText(document);
    const QString program = QStringList { document.clinicName, document.programName }
                                .filter(QRegularExpression(QStringLiteral("\\S")))
                                .join(QStringLiteral(" \u00B7 "));
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return Error { ErrorCode::Io, tr("Could not start page %1.").arg(i + 1), {}, {} };
        painter.setFont(small);
        painter.setPen(Qt::black);
        const QRectF headerRect(0, 0, page.width(), smallMetrics.height());
        painter.drawText(headerRect, Qt::AlignLeft | Qt::AlignVCenter, left);
        painter.drawText(headerRect, Qt::AlignRight | Qt::AlignVCenter, document.title);
        const QRectF programRect(0, smallMetrics.height(), page.width(), smallMetrics.height());
        painter.drawText(programRect, Qt::AlignLeft | Qt::AlignVCenter, program);
        painter.drawLine(QPointF(0, headerHeight - smallMetrics.height() * 0.5),
            QPointF(page.width(), headerHeight - smallMetrics.height() * 0.5));

        painter.save();
        painter.translate(0, headerHeight - i * body.height());
        text->drawContents(&painter, QRectF(0, i * body.height(), body.width(), body.height()));
        painter.restore();

        const qreal footerTop = page.height() - footerHeight;
        painter.setFont(small);
        painter.drawLine(QPointF(0, footerTop + smallMetrics.height() * 0.5),
            QPointF(page.width(), footerTop + smallMetrics.height() * 0.5));
        const QRectF footerRect(
            0, footerTop + smallMetrics.height(), page.width(), smallMetrics.height());
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter,
            tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    painter.end();
    return pages;
}

Result<RenderedPdf> renderPdf(const RecordDocument& document, const QPageSize& size)
{
    RenderedPdf pdf;
    QBuffer buffer(&pdf.bytes);
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(size);
        writer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(document.title);
        writer.setCreator(QStringLiteral("Stepwise"));
        auto painted = paint(document, writer);
        if (!painted)
            return painted.error();
        pdf.pages = *painted;
    }
    return pdf;
}

Result<int> writePdf(const RecordDocument& document, const QString& path, const QPageSize& size)
{
    auto pdf = renderPdf(document, size);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf->bytes) != pdf->bytes.size()
        || !file.commit())
        return Error { ErrorCode::Io, tr("Cannot write %1: %2").arg(path, file.errorString()), {},
            {} };
    return pdf->pages;
}

} // namespace stepwise::DocumentRenderer
