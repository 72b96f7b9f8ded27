// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutcomeExport.h"

#include "DocumentRenderer.h"
#include "OutcomeDocument.h"
#include "auth/Access.h"
#include "storage/Database.h"
#include "storage/OutcomeQuery.h"
#include "storage/SettingsStore.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace stepwise::OutcomeExport {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::OutcomeExport", text);
}

Error ioError(const QString& path, const QString& why)
{
    return Error { ErrorCode::Io, tr("Cannot write %1: %2").arg(path, why), {}, {} };
}

} // namespace

Result<int> writePdf(Database& db, const ProgramOutcomes& outcomes, const QString& counselorName,
    const QString& path, const QPageSize& pageSize)
{
    if (Status s = Access::require(db, Permission::ViewAllReports); !s)
        return s.error();
    auto settings = SettingsStore(db).load();
    if (!settings)
        return settings.error();
    const OutcomeDocument::Context context { settings->clinicName, settings->programName,
        counselorName };
    auto pdf = DocumentRenderer::renderPdf(OutcomeDocument::build(outcomes, context), pageSize);
    if (!pdf)
        return pdf.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(pdf->bytes) != pdf->bytes.size())
        return ioError(path, file.errorString());
    if (Status s = OutcomeQuery::recordExport(db, outcomes, QStringLiteral("PDF")); !s) {
        file.cancelWriting();
        return s.error();
    }
    if (!file.commit())
        return ioError(path, file.errorString());
    return pdf->pages;
}

} // namespace stepwise::OutcomeExport
