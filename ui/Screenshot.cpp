// SPDX-License-Identifier: GPL-3.0-or-later
#include "Screenshot.h"

#include "AppContext.h"
#include "MainWindow.h"
#include "assessment/AssessmentsTab.h"
#include "common/UiSettings.h"
#include "participant/ParticipantPage.h"
#include "storage/ParticipantStore.h"

#include <QCoreApplication>
#include <QImageWriter>
#include <QPixmap>
#include <QTabWidget>

namespace stepwise::Screenshot {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::Screenshot", text);
}

Error invalid(const QString& message)
{
    return Error { ErrorCode::InvalidArgument, message, {}, {} };
}

// A participant named by id, or else by record number.
Result<Id> resolveParticipant(AppContext& context, const QString& key)
{
    ParticipantStore store(context.database());
    bool numeric = false;
    const Id id = key.toLongLong(&numeric);
    if (numeric && id > 0) {
        if (store.get(id))
            return id;
    }
    auto byRecord = store.findByRecordNumber(key);
    if (!byRecord)
        return byRecord.error();
    if (!*byRecord)
        return invalid(tr("There is no participant with id or record number \"%1\".").arg(key));
    return **byRecord;
}

} // namespace

Status render(
    AppContext& context, const QString& view, const QString& outputPath, const QSize& size)
{
    // The picture must not depend on this user's saved column widths, nor change them.
    const bool persistent = UiSettings::isPersistent();
    UiSettings::setPersistent(false);
    struct Restore
    {
        bool persistent;
        ~Restore() { UiSettings::setPersistent(persistent); }
    } restore { persistent };

    MainWindow window(context);
    window.setAttribute(Qt::WA_DontShowOnScreen);
    window.resize(size);

    const QString participantPrefix = QStringLiteral("participant:");
    const QString assessmentsPrefix = QStringLiteral("assessments:");
    const QString attendancePrefix = QStringLiteral("attendance:");
    const QString notesPrefix = QStringLiteral("notes:");
    const QString planPrefix = QStringLiteral("plan:");
    if (view == QLatin1String("caseload")) {
        window.showCaseload();
    } else if (view == QLatin1String("week")) {
        window.showWeek();
    } else if (view == QLatin1String("worklist")) {
        window.showNotesWorklist();
    } else if (view == QLatin1String("review")) {
        if (!window.showDashboard())
            return invalid(tr("The caseload review is for supervisors."));
    } else if (view == QLatin1String("outcomes")) {
        if (!window.showOutcomes())
            return invalid(tr("Program outcomes are for supervisors."));
    } else if (view.startsWith(participantPrefix) || view.startsWith(assessmentsPrefix)
        || view.startsWith(attendancePrefix) || view.startsWith(notesPrefix)
        || view.startsWith(planPrefix)) {
        const bool assessments = view.startsWith(assessmentsPrefix);
        auto id = resolveParticipant(context, view.section(QLatin1Char(':'), 1).trimmed());
        if (!id)
            return id.error();
        if (!window.showParticipant(id.value()))
            return invalid(tr("The participant view could not be shown."));
        if (assessments)
            window.participantPage()->tabs()->setCurrentWidget(
                window.participantPage()->assessmentsTab());
        if (view.startsWith(attendancePrefix))
            window.participantPage()->showAttendance();
        if (view.startsWith(notesPrefix))
            window.participantPage()->showNotes();
        if (view.startsWith(planPrefix))
            window.participantPage()->showPlan();
    } else {
        return invalid(tr("Unknown view \"%1\"; use caseload, week, worklist, review, outcomes, "
                          "participant:ID, "
                          "assessments:ID, attendance:ID, plan:ID or notes:ID.")
                           .arg(view));
    }

    window.show();
    // Let layouts settle (each pass can post more layout requests) before painting.
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    const QPixmap pixmap = window.grab();
    window.hide();

    QImageWriter writer(outputPath, "png");
    if (!writer.write(pixmap.toImage())) {
        return Error { ErrorCode::Io,
            tr("Cannot write %1: %2").arg(outputPath, writer.errorString()), {}, {} };
    }
    return {};
}

} // namespace stepwise::Screenshot
