// SPDX-License-Identifier: GPL-3.0-or-later
// Another user may take a locked workstation only after the first user has decided, with their
// password, what happens to their unsaved forms: kept as drafts (offered back to them, and only
// to them) or discarded.
#include "MainWindow.h"
#include "SessionTestSupport.h"
#include "common/MessageBar.h"
#include "participant/ParticipantDialog.h"
#include "participant/ParticipantPage.h"
#include "participant/PhaseTransitionDialog.h"
#include "session/DraftOffer.h"
#include "session/DraftsDialog.h"
#include "session/LockController.h"
#include "session/LockScreen.h"
#include "session/UnsavedWork.h"
#include "storage/DraftStore.h"

#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace stepwise;
using namespace stepwise::test;

namespace {

struct SwitchFixture : SessionFixture
{
    SwitchFixture()
    {
        window.show();
        REQUIRE(window.showParticipant(participantId));
        lock.setMainWindow(&window);
        lock.start();
        window.participantPage()->editParticipant();
        dialog = findTopLevel<ParticipantDialog>();
        REQUIRE(dialog != nullptr);
        typeInto(child<QLineEdit>(dialog, QStringLiteral("legal_first_name")),
            QStringLiteral("Alexandra"));
        lock.lock();
        screen = lock.lockScreen();
        REQUIRE(screen != nullptr);
        QTest::mouseClick(screen->switchUserButton(), Qt::LeftButton);
        REQUIRE(screen->isSwitchPageShown());
    }

    QList<Draft> danaDrafts()
    {
        const auto saved = database.db().session();
        signIn(QStringLiteral("dana"), danaPassword());
        auto drafts = DraftStore(database.db()).list();
        database.db().setSession(saved);
        REQUIRE_OK(drafts);
        return drafts.value();
    }

    MainWindow window { context };
    LockController lock { context };
    QPointer<ParticipantDialog> dialog;
    QPointer<LockScreen> screen;
};

} // namespace

TEST_CASE("Switch user lists the unsaved forms without naming the participant", "[ui][switch]")
{
    SwitchFixture f;
    REQUIRE(f.screen->unsavedTitles().size() == 1);
    CHECK(f.screen->unsavedTitles().first() == f.dialog->unsavedTitle());
    CHECK_FALSE(f.screen->unsavedTitles().first().contains(QStringLiteral("Rivera")));
    CHECK(f.screen->saveDraftsButton()->isVisible());
    CHECK(f.screen->discardButton()->isVisible());
    CHECK_FALSE(f.screen->signOutButton()->isVisible());
    CHECK_FALSE(anyVisibleTextContains(QStringLiteral("Rivera")));
}

TEST_CASE("Switch user needs the first user's password", "[ui][switch]")
{
    SwitchFixture f;
    f.screen->switchPasswordEdit()->setText(rileyPassword()); // the next user's, not Dana's
    QTest::mouseClick(f.screen->saveDraftsButton(), Qt::LeftButton);

    CHECK(f.lock.isLocked());
    CHECK(f.screen->messageBar()->text() == Authenticator::refusalMessage());
    CHECK(f.database.db().session()->username == QStringLiteral("dana"));
    CHECK(f.dialog->isVisible());
    CHECK(f.danaDrafts().isEmpty());
}

TEST_CASE(
    "Save as drafts keeps the unsaved form for its owner and signs them out", "[ui][switch][draft]")
{
    SwitchFixture f;
    QSignalSpy switched(&f.lock, &LockController::userSwitched);
    f.screen->switchPasswordEdit()->setText(danaPassword());
    QTest::mouseClick(f.screen->saveDraftsButton(), Qt::LeftButton);
    settle();

    CHECK(switched.size() == 1);
    CHECK_FALSE(f.lock.isLocked());
    CHECK_FALSE(f.database.db().session().has_value());
    CHECK(f.dialog.isNull()); // closed (and deleted)
    CHECK_FALSE(f.window.isVisible());
    CHECK(f.screen.isNull());
    CHECK(f.audit(QStringLiteral("auth.sign_out")).size() == 1);
    CHECK(f.audit(QStringLiteral("draft.save")).size() == 1);

    const QList<Draft> drafts = f.danaDrafts();
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.first().kind == QLatin1String(ParticipantDialog::EditDraftKind));
    CHECK(drafts.first().subjectId == f.participantId);
    CHECK(drafts.first()
              .payload.value(QStringLiteral("participant"))
              .toObject()
              .value(QStringLiteral("legal_first_name"))
              .toString()
        == QStringLiteral("Alexandra"));

    // Nothing was written to the record itself.
    f.signIn(QStringLiteral("dana"), danaPassword());
    auto stored = ParticipantStore(f.database.db()).get(f.participantId);
    REQUIRE_OK(stored);
    CHECK(stored->legalFirstName == QStringLiteral("Alex"));

    SECTION("the owner is offered the draft when opening the same form, and gets it back")
    {
        ParticipantDialog again(f.context, stored.value());
        again.show();
        REQUIRE(again.draftOffer()->isOffering());
        CHECK(again.draftOffer()->isVisible());
        CHECK(again.draftOffer()->text().contains(QStringLiteral("Resume your draft from")));
        QTest::mouseClick(again.draftOffer()->resumeButton(), Qt::LeftButton);
        CHECK(child<QLineEdit>(&again, QStringLiteral("legal_first_name"))->text()
            == QStringLiteral("Alexandra"));
        CHECK(again.isModified());
        CHECK_FALSE(again.draftOffer()->isVisible());
        auto left = DraftStore(f.database.db()).list();
        REQUIRE_OK(left);
        CHECK(left->isEmpty());
        CHECK(f.audit(QStringLiteral("draft.resume")).size() == 1);
        again.discard();
    }
    SECTION("another user neither sees nor can take it")
    {
        f.signIn(QStringLiteral("riley"), rileyPassword());
        DraftStore store(f.database.db());
        auto list = store.list();
        REQUIRE_OK(list);
        CHECK(list->isEmpty());
        auto found = store.find(QLatin1String(ParticipantDialog::EditDraftKind), f.participantId);
        REQUIRE_OK(found);
        CHECK_FALSE(found->has_value());
        auto taken = store.take(drafts.first().id);
        REQUIRE_FALSE(taken.ok());
        CHECK(taken.error().code == ErrorCode::NotFound);
        CHECK(store.discard(drafts.first().id).error().code == ErrorCode::NotFound);
        ParticipantDialog riley(f.context, stored.value());
        CHECK_FALSE(riley.draftOffer()->isOffering());
        CHECK(f.danaDrafts().size() == 1);
    }
}

TEST_CASE("Discard and sign out throws the unsaved form away", "[ui][switch]")
{
    SwitchFixture f;
    f.screen->switchPasswordEdit()->setText(danaPassword());
    QTest::mouseClick(f.screen->discardButton(), Qt::LeftButton);
    settle();

    CHECK_FALSE(f.lock.isLocked());
    CHECK_FALSE(f.database.db().session().has_value());
    CHECK(f.dialog.isNull());
    CHECK(f.danaDrafts().isEmpty());
    CHECK(f.audit(QStringLiteral("draft.save")).isEmpty());
    f.signIn(QStringLiteral("dana"), danaPassword());
    auto stored = ParticipantStore(f.database.db()).get(f.participantId);
    REQUIRE_OK(stored);
    CHECK(stored->legalFirstName == QStringLiteral("Alex"));
}

TEST_CASE("With nothing unsaved, switch user is a plain sign out", "[ui][switch]")
{
    SessionFixture f;
    MainWindow window(f.context);
    window.show();
    LockController lock(f.context);
    lock.setMainWindow(&window);
    lock.lock();
    QTest::mouseClick(lock.lockScreen()->switchUserButton(), Qt::LeftButton);
    CHECK(lock.lockScreen()->unsavedTitles().isEmpty());
    CHECK(lock.lockScreen()->signOutButton()->isVisible());
    CHECK_FALSE(lock.lockScreen()->saveDraftsButton()->isVisible());
    lock.lockScreen()->switchPasswordEdit()->setText(danaPassword());
    QTest::mouseClick(lock.lockScreen()->signOutButton(), Qt::LeftButton);
    CHECK_FALSE(f.database.db().session().has_value());
}

TEST_CASE("A phase change typed but not saved becomes a draft too", "[ui][switch][draft]")
{
    SessionFixture f;
    MainWindow window(f.context);
    window.show();
    REQUIRE(window.showParticipant(f.participantId));
    LockController lock(f.context);
    lock.setMainWindow(&window);
    window.participantPage()->changePhase();
    auto* dialog = findTopLevel<PhaseTransitionDialog>();
    REQUIRE(dialog != nullptr);
    CHECK_FALSE(dialog->isModified());
    typeInto(dialog->reasonEdit(), QStringLiteral("Met step-down criteria at review"));
    CHECK(dialog->isModified());
    REQUIRE(f.context.unsavedWork().modified().size() == 1);

    lock.lock();
    QTest::mouseClick(lock.lockScreen()->switchUserButton(), Qt::LeftButton);
    lock.lockScreen()->switchPasswordEdit()->setText(danaPassword());
    QTest::mouseClick(lock.lockScreen()->saveDraftsButton(), Qt::LeftButton);
    settle();
    CHECK_FALSE(f.database.db().session().has_value());

    f.signIn(QStringLiteral("dana"), danaPassword());
    auto episodes = EpisodeStore(f.database.db()).episodes(f.participantId);
    REQUIRE_OK(episodes);
    PhaseTransitionDialog again(f.context, episodes->last());
    again.show();
    REQUIRE(again.draftOffer()->isOffering());
    QTest::mouseClick(again.draftOffer()->resumeButton(), Qt::LeftButton);
    CHECK(again.reasonEdit()->toPlainText() == QStringLiteral("Met step-down criteria at review"));
}

TEST_CASE("Drafts need a signed-in owner, and a newer draft of the same form replaces the older",
    "[ui][draft]")
{
    SessionFixture f;
    DraftStore store(f.database.db());
    Draft draft;
    draft.kind = QStringLiteral("participant.edit");
    draft.subjectId = f.participantId;
    draft.title = QStringLiteral("Changes to Alex Rivera");
    draft.payload = QJsonObject { { QStringLiteral("n"), 1 } };
    auto first = store.save(draft);
    REQUIRE_OK(first);
    f.clock.set(f.clock.now().addSecs(60));
    draft.payload = QJsonObject { { QStringLiteral("n"), 2 } };
    auto second = store.save(draft);
    REQUIRE_OK(second);
    auto list = store.list();
    REQUIRE_OK(list);
    REQUIRE(list->size() == 1);
    CHECK(list->first().id == *second);
    CHECK(list->first().payload.value(QStringLiteral("n")).toInt() == 2);
    CHECK(list->first().staffId == f.database.counselorId());
    // The audit row names the form, never its contents.
    const auto saves = f.audit(QStringLiteral("draft.save"));
    REQUIRE(saves.size() == 2);
    CHECK(saves.last().detail == QStringLiteral("participant.edit"));
    CHECK(saves.last().participantId == f.participantId);
    CHECK_FALSE(saves.last().detail.contains(QStringLiteral("Rivera")));

    REQUIRE_OK(store.discard(*second));
    CHECK(f.audit(QStringLiteral("draft.discard")).size() == 1);
    CHECK(store.list()->isEmpty());

    f.database.db().setSession(std::nullopt);
    auto refused = store.save(draft);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::Unauthenticated);
    CHECK(store.list().error().code == ErrorCode::Unauthenticated);
}

TEST_CASE("Your Drafts lists the signed-in user's drafts and opens the form they came from",
    "[ui][draft]")
{
    SessionFixture f;
    Draft draft;
    draft.kind = QLatin1String(ParticipantDialog::EditDraftKind);
    draft.subjectId = f.participantId;
    draft.title = QStringLiteral("Changes to Alex Rivera");
    draft.payload = QJsonObject { { QStringLiteral("participant"),
        QJsonObject { { QStringLiteral("legal_first_name"), QStringLiteral("Alexandra") },
            { QStringLiteral("legal_last_name"), QStringLiteral("Rivera") },
            { QStringLiteral("record_number"), QStringLiteral("R-55") } } } };
    REQUIRE_OK(DraftStore(f.database.db()).save(draft));

    MainWindow window(f.context);
    window.show();
    DraftsDialog drafts(f.context, window, &window);
    drafts.show();
    REQUIRE(drafts.count() == 1);
    CHECK(drafts.list()->item(0)->text().contains(QStringLiteral("Changes to Alex Rivera")));
    CHECK(drafts.list()->item(0)->text().contains(QStringLiteral("10:00")));
    REQUIRE(drafts.openSelected());
    CHECK(window.currentPage() == window.participantPage());
    auto* dialog = findTopLevel<ParticipantDialog>();
    REQUIRE(dialog != nullptr);
    REQUIRE(dialog->draftOffer()->isOffering());
    QTest::mouseClick(dialog->draftOffer()->resumeButton(), Qt::LeftButton);
    CHECK(child<QLineEdit>(dialog, QStringLiteral("legal_first_name"))->text()
        == QStringLiteral("Alexandra"));
    dialog->discard();
}
