// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Signed-in sessions for the sign-in, idle lock and draft tests: real accounts and passwords
// through Authenticator, as the app has them (the plain UiFixture acts as an all-role user).

#include "UiTestSupport.h"
#include "auth/Authenticator.h"
#include "storage/AccountStore.h"
#include "storage/AuditTrail.h"
#include "storage/SettingsStore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace stepwise::test {

// Strong enough for PasswordPolicy, and unrelated to anyone's name.
inline QString danaPassword()
{
    return QStringLiteral("copper-Meadow-violin-83");
}
inline QString rileyPassword()
{
    return QStringLiteral("lantern-Quarry-51-otter");
}

// Dana Counselor ("dana") and Riley Lead ("riley") have accounts; the idle lock is set to one
// minute; Dana is signed in. Alex Rivera is on Dana's caseload.
struct SessionFixture : UiFixture
{
    SessionFixture()
    {
        Database& db = database.db();
        auto settings = SettingsStore(db).load();
        REQUIRE_OK(settings);
        settings->security.idleLockMinutes = 1;
        REQUIRE_OK(SettingsStore(db).save(*settings));
        REQUIRE_OK(AccountStore(db).setCredentials(
            database.counselorId(), QStringLiteral("dana"), danaPassword()));
        REQUIRE_OK(AccountStore(db).setCredentials(
            database.leadId(), QStringLiteral("riley"), rileyPassword()));
        participantId = addAdmitted(sampleParticipant(QStringLiteral("R-55")));
        signIn(QStringLiteral("dana"), danaPassword());
    }

    void signIn(const QString& username, const QString& password)
    {
        auto session = Authenticator(database.db()).signIn(username, password);
        REQUIRE_OK(session);
    }

    // Audit rows of one action, read as Riley (Dana may not read the audit log).
    QList<AuditEntry> audit(const QString& action)
    {
        const auto saved = database.db().session();
        database.actAs(database.leadId(),
            { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
        AuditFilter filter;
        filter.action = action;
        auto rows = AuditTrail::entries(database.db(), filter);
        database.db().setSession(saved);
        REQUIRE_OK(rows);
        return rows.value();
    }

    Id participantId = 0;
};

// Every piece of text a person could read right now: visible windows' titles and the text of
// every visible widget in them (labels, fields, buttons, combo boxes, table cells).
inline QStringList visibleText()
{
    QStringList texts;
    for (QWidget* window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        texts << window->windowTitle();
        QList<QWidget*> widgets = window->findChildren<QWidget*>();
        widgets.prepend(window);
        for (QWidget* w : widgets) {
            if (!w->isVisible())
                continue;
            if (auto* label = qobject_cast<QLabel*>(w))
                texts << label->text();
            else if (auto* edit = qobject_cast<QLineEdit*>(w))
                texts << edit->text();
            else if (auto* plain = qobject_cast<QPlainTextEdit*>(w))
                texts << plain->toPlainText();
            else if (auto* button = qobject_cast<QAbstractButton*>(w))
                texts << button->text();
            else if (auto* combo = qobject_cast<QComboBox*>(w))
                texts << combo->currentText();
            if (auto* view = qobject_cast<QAbstractItemView*>(w); view && view->model()) {
                const QAbstractItemModel* model = view->model();
                for (int r = 0; r < model->rowCount(); ++r) {
                    for (int c = 0; c < model->columnCount(); ++c)
                        texts << model->index(r, c).data().toString();
                }
            }
            texts << w->toolTip() << w->accessibleName() << w->accessibleDescription();
        }
    }
    return texts;
}

inline bool anyVisibleTextContains(const QString& needle)
{
    for (const QString& text : visibleText()) {
        if (text.contains(needle, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace stepwise::test
