// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentPreview.h"

#include "MessageBox.h"
#include "reports/DocumentRenderer.h"

#include <QAction>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QRegularExpression>
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

void show(QWidget* parent, const RecordDocument& document)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(DocumentRenderer::defaultPageSize());
    printer.setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    printer.setDocName(document.title);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(QObject::tr("Print Preview: %1").arg(document.title));
    QObject::connect(
        &dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&document, &dialog](QPrinter* p) {
            if (auto pages = DocumentRenderer::paint(document, *p); !pages)
                MessageBox::critical(&dialog, QObject::tr("Print"), pages.error().message);
        });
    // Saving a PDF is what most users want from "print" on a clinic workstation.
    if (auto* bar = dialog.findChild<QToolBar*>()) {
        QAction* save = bar->addAction(
            QIcon::fromTheme(QStringLiteral("document-save-as")), QObject::tr("Save as PDF\u2026"));
        QObject::connect(save, &QAction::triggered, &dialog, [&document, &dialog] {
            const QString folder
                = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
            const QString path = QFileDialog::getSaveFileName(&dialog, QObject::tr("Save as PDF"),
                folder + QLatin1Char('/') + suggestedFileName(document),
                QObject::tr("PDF documents (*.pdf)"));
            if (path.isEmpty())
                return;
            if (auto pages = DocumentRenderer::writePdf(document, path); !pages)
                MessageBox::critical(&dialog, QObject::tr("Print"), pages.error().message);
        });
    }
    dialog.exec();
}

} // namespace stepwise::DocumentPreview
