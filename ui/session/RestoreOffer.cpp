// SPDX-License-Identifier: GPL-3.0-or-later
#include "RestoreOffer.h"

#include "common/MessageBox.h"
#include "storage/Backup.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <optional>

namespace stepwise::RestoreOffer {

namespace {

std::optional<bool> nextAnswer;

QString tr(const char* text)
{
    return QCoreApplication::translate("stepwise::RestoreOffer", text);
}

bool ask(const QString& text, const QString& restoreLabel)
{
    if (nextAnswer) {
        const bool answer = *nextAnswer;
        nextAnswer.reset();
        return answer;
    }
    QMessageBox box(QMessageBox::Critical, tr("Stepwise"), text);
    box.setTextFormat(Qt::PlainText);
    QPushButton* restore = box.addButton(restoreLabel, QMessageBox::AcceptRole);
    QPushButton* quit = box.addButton(tr("Quit"), QMessageBox::RejectRole);
    box.setDefaultButton(quit); // restoring is a decision, not a reflex
    box.exec();
    return box.clickedButton() == restore;
}

} // namespace

void setNextAnswer(bool restore)
{
    nextAnswer = restore;
}

QString backupFolderFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

Outcome offer(const QString& databasePath, const Error& openError)
{
    if (openError.code != ErrorCode::Corrupt && openError.code != ErrorCode::NotADatabase)
        return Outcome::NotOffered;
    const QList<BackupInfo> backups = Backup::goodBackups(backupFolderFor(databasePath));
    if (backups.isEmpty())
        return Outcome::NotOffered;
    const BackupInfo& newest = backups.first();
    const QString when = QLocale().toString(newest.madeAt.toLocalTime(), QLocale::LongFormat);
    const QString text
        = tr("Stepwise cannot open %1: the file is damaged.\n%2\n\n"
             "The newest good backup was made on %3. Restoring it puts that copy in place; "
             "anything entered after it is not in it. The damaged file is kept beside it, "
             "unchanged, for a technician to look at.")
              .arg(QDir::toNativeSeparators(databasePath), openError.message, when);
    const QString label
        = tr("Restore the Backup of %1")
              .arg(QLocale().toString(newest.madeAt.toLocalTime().date(), QLocale::ShortFormat));
    if (!ask(text, label))
        return Outcome::Declined;
    auto restored = Backup::restore(newest.path, databasePath);
    if (!restored) {
        MessageBox::critical(nullptr, tr("Stepwise"),
            tr("The backup could not be restored: %1").arg(restored.error().message));
        return Outcome::Failed;
    }
    return Outcome::Restored;
}

} // namespace stepwise::RestoreOffer
