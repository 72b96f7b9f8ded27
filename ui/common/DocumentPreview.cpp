// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPreview.h"

#include "MessageBox.h"
#include "reports/DocumentRenderer.h"

#include <QAction>
#include <QFileDialog>
#include <QGuiApplication>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
#include <QScreen>
#include <QStandardPaths>
#include <QToolBar>

namespace stepwise::DocumentPreview {

namespace {

QString suggestedFileName(const RecordDocument& d)
{
    QString name = d.title + QLatin1Char(' ') + d.recordNumber;
    name.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9._-]+")), QStringLiteral("-"));
    return name + QStringLiteral(".pdf");
}

} // namespace

void setUpPrinter(QPrinter& printer, const RecordDocument& document, const QPageSize& pageSize)
{
    printer.setPageSize(pageSize.isValid() ? pageSize : DocumentRenderer::defaultPageSize());
    printer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    printer.setDocName(document.title);
}

void show(QWidget* parent, const RecordDocument& document)
{
    (void)show(parent, document, Options {});
}

bool show(QWidget* parent, const RecordDocument& document, const Options& options)
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer, document, options.pageSize);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print Preview: %1").arg(document.title));
    // Qt's default size shows a page too small to read and hides Save as PDF behind the
    // toolbar's overflow button.
    if (const QScreen* screen = parent ? parent->screen() : QGuiApplication::primaryScreen()) {
        const QRect available = screen->availableGeometry();
        dialog.resize(qMin(available.width(), 1000), available.height() * 9 / 10);
    }
    // The dialog paints for its pages and, once its print dialog is accepted, for the printer:
    // the last paint before it closes accepted is the printed one.
    bool lastPaintOk = true;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
        [&document, &dialog, &lastPaintOk](QPrinter* p) {
            // A long record takes a moment to lay out.
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            auto pages = DocumentRenderer::paint(document, *p);
            QGuiApplication::restoreOverrideCursor();
            lastPaintOk = pages.ok();
            if (!pages)
                MessageBox::critical(&dialog, QObject::tr("Print"), pages.error().message);
        });
    // Saving a PDF is what most users want from "print" on a clinic workstation.
    if (auto* bar = dialog.findChild<QToolBar*>()) {
        QAction* save = bar->addAction(
            QIcon::fromTheme(QStringLiteral("document-save-as")), QObject::tr("Save as PDF\u2026"));
        save->setObjectName(QStringLiteral("previewSaveAsPdf"));
        QObject::connect(save, &QAction::triggered, &dialog, [&document, &dialog, &options] {
            if (options.saveAsPdf) {
                if (options.saveAsPdf(&dialog))
                    dialog.reject();
                return;
            }
            const QString folder
                = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const QString path = QFileDialog::getSaveFileName(&dialog, QObject::tr("Save as PDF"),
                folder + QLatin1Char('/') + suggestedFileName(document),
                QObject::tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return;
            if (auto pages = DocumentRenderer::writePdf(document, path,
                    options.pageSize.isValid() ? options.pageSize
                                               : DocumentRenderer::defaultPageSize());
                !pages)
                MessageBox::critical(&dialog, QObject::tr("Print"), pages.error().message);
        });
    }
    return dialog.exec() == QDialog::Accepted && lastPaintOk;
}

} // namespace stepwise::DocumentPreview
