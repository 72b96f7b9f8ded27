// SPDX-License-Identifier: GPL-3.0-or-later
// Progress notes on screen (issue 6), driven from the keyboard as a counselor writes them: a DAP
// note for an attended session saved as it is typed and signed with Ctrl+Return; an incomplete
// note refused with its empty section marked; a supervisor co-signing and returning notes from
// the worklist; a 12-person group note written once and signed as 13 records. The hidden
// "[shots]" case writes note-editor.png (and -refused), note-view.png, notes-tab.png,
// notes-worklist.png and group-note.png to $STEPWISE_SHOTS_DIR (or /tmp/stepwise-shots).
#include "UiTestSupport.h"
#include "attendance/SessionType.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/ReadOnlyTable.h"
#include "notes/Autosave.h"
#include "notes/GroupNoteDialog.h"
#include "notes/NoteEditorDialog.h"
#include "notes/NoteListModel.h"
#include "notes/NoteViewDialog.h"
#include "notes/NotesTab.h"
#include "notes/NotesWorklistPage.h"
#include "notes/SectionEditors.h"
#include "notes/TextEntryDialog.h"
#include "notes/WorklistModel.h"
#include "storage/AttendanceStore.h"
#include "storage/GroupNoteStore.h"
#include "storage/NoteStore.h"
#include "storage/ScheduleStore.h"
#include "storage/StaffStore.h"

#include <QComboBox>
#include <QJsonObject>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

using namespace stepwise;
using namespace stepwise::test;

namespace {

const QString dataText = QStringLiteral("Reported two days of cravings after a conflict at work.");
const QString assessmentText
    = QStringLiteral("Recognised the trigger early and used the coping card.");
const QString planText = QStringLiteral("Practise urge surfing daily, review on Friday.");

bool waitForKeyboard(QWidget* window)
{
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

QWidget* focused()
{
    QWidget* w = QApplication::focusWidget();
    REQUIRE(w != nullptr);
    return w;
}

// Keys go where a keyboard sends them: to the widget with the focus.
void type(const QString& text)
{
    typeText(focused(), text);
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

QString cell(const QAbstractItemModel* model, int row, int column)
{
    return model->index(row, column).data().toString();
}

// Dana Counselor signed in at 10:00 on Monday 10 March 2025. Jordan Abbott, on her caseload,
// came to an individual session with her from 08:00 to 09:00.
struct NotesFixture : UiFixture
{
    NotesFixture()
    {
        jordan = addPerson(
            QStringLiteral("Jordan"), QStringLiteral("Abbott"), QStringLiteral("R-2001"));
        session = bookIndividual(jordan, uiToday(), QTime(8, 0), QTime(9, 0));
        asDana();
    }

    void asLead()
    {
        database.actAs(database.leadId(),
            { StaffRole::Counselor, StaffRole::Supervisor, StaffRole::Administrator });
    }

    void asDana() { database.actAs(database.counselorId(), { StaffRole::Counselor }); }

    Id addPerson(const QString& first, const QString& last, const QString& record, Id counselor = 0)
    {
        Participant p = sampleParticipant(record);
        p.legalFirstName = first;
        p.legalLastName = last;
        p.preferredName.clear();
        p.counselorId = counselor;
        return addAdmitted(p, 30);
    }

    // An individual session the participant attended (booked and taken as the lead).
    Id bookIndividual(
        Id participant, const QDate& date, const QTime& start, const QTime& end, Id facilitator = 0)
    {
        SessionInput in;
        in.sessionType = QString::fromLatin1(SessionTypes::IndividualCounseling);
        in.date = date;
        in.start = start;
        in.end = end;
        in.facilitatorIds = { facilitator ? facilitator : database.counselorId() };
        in.participantIds = { participant };
        auto id = ScheduleStore(database.db()).book(in);
        REQUIRE_OK(id);
        AttendanceEntry present;
        present.participantId = participant;
        REQUIRE_OK(AttendanceStore(database.db()).save(id.value(), { present }));
        return id.value();
    }

    Id draft(Id participant, Id sessionId, const QMap<QString, QString>& sections)
    {
        NoteInput in;
        in.participantId = participant;
        in.sessionId = sessionId;
        in.sections = sections;
        auto id = NoteStore(database.db()).createDraft(in);
        REQUIRE_OK(id);
        return id.value();
    }

    Note note(Id id)
    {
        auto n = NoteStore(database.db()).get(id);
        REQUIRE_OK(n);
        return n.value();
    }

    QList<NoteSummary> notesOf(Id participant)
    {
        auto list = NoteStore(database.db()).notes(participant);
        REQUIRE_OK(list);
        return list.value();
    }

    Id jordan = 0;
    Id session = 0;
};

QMap<QString, QString> dap()
{
    return { { QStringLiteral("data"), dataText }, { QStringLiteral("assessment"), assessmentText },
        { QStringLiteral("plan"), planText } };
}

// Toni Trainee, whose notes a supervisor co-signs, signed a note for Casey Brennan's session
// this morning; Sam Supervisor is signed in.
struct ReviewFixture : NotesFixture
{
    ReviewFixture()
    {
        asLead();
        trainee = database.addStaff(QStringLiteral("Toni Trainee"), { StaffRole::Counselor });
        supervisor = database.addStaff(QStringLiteral("Sam Supervisor"), { StaffRole::Supervisor });
        auto member = StaffStore(database.db()).get(trainee);
        REQUIRE_OK(member);
        StaffMember m = member.value();
        m.cosignRequired = true;
        REQUIRE_OK(StaffStore(database.db()).update(m));
        casey = addPerson(
            QStringLiteral("Casey"), QStringLiteral("Brennan"), QStringLiteral("R-3001"), trainee);
        caseySession = bookIndividual(casey, uiToday(), QTime(8, 0), QTime(9, 0), trainee);
        asTrainee();
        noteId = draft(casey, caseySession, dap());
        REQUIRE_OK(NoteStore(database.db()).sign(noteId));
        REQUIRE(note(noteId).state() == NoteState::AwaitingCosign);
        asSupervisor();
    }

    void asTrainee() { database.actAs(trainee, { StaffRole::Counselor }); }
    void asSupervisor() { database.actAs(supervisor, { StaffRole::Supervisor }); }

    Id trainee = 0, supervisor = 0, casey = 0, caseySession = 0, noteId = 0;
};

struct Person
{
    QString first;
    QString last;
};

// Twelve members of "Morning IOP", which met 08:00-09:30 today with Dana facilitating; all
// twelve attended.
struct GroupFixture : NotesFixture
{
    GroupFixture()
    {
        asLead();
        const QList<Person> people { { QStringLiteral("Ana"), QStringLiteral("Alvarez") },
            { QStringLiteral("Ben"), QStringLiteral("Brooks") },
            { QStringLiteral("Cal"), QStringLiteral("Carter") },
            { QStringLiteral("Dee"), QStringLiteral("Dunn") },
            { QStringLiteral("Eli"), QStringLiteral("Evans") },
            { QStringLiteral("Fay"), QStringLiteral("Ford") },
            { QStringLiteral("Gus"), QStringLiteral("Gray") },
            { QStringLiteral("Hal"), QStringLiteral("Hayes") },
            { QStringLiteral("Ivy"), QStringLiteral("Irwin") },
            { QStringLiteral("Jay"), QStringLiteral("Jones") },
            { QStringLiteral("Kim"), QStringLiteral("Kent") },
            { QStringLiteral("Lou"), QStringLiteral("Lane") } };
        ScheduleStore schedule(database.db());
        GroupTemplate t;
        t.name = QStringLiteral("Morning IOP");
        t.sessionType = QString::fromLatin1(SessionTypes::GroupTherapy);
        t.weekdays = { Qt::Monday, Qt::Wednesday, Qt::Friday };
        t.start = QTime(8, 0);
        t.end = QTime(9, 30);
        t.phase = PhaseKind::Intensive;
        t.facilitatorId = database.counselorId();
        auto templateId = schedule.createTemplate(t);
        REQUIRE_OK(templateId);
        for (int i = 0; i < people.size(); ++i) {
            const Id id = addPerson(
                people.at(i).first, people.at(i).last, QStringLiteral("G-%1").arg(101 + i));
            REQUIRE_OK(schedule.enroll(templateId.value(), id, uiToday().addDays(-30)));
            members.append(id);
        }
        REQUIRE_OK(schedule.generate(templateId.value(), uiToday(), uiToday()));
        auto sessions = schedule.sessions(uiToday(), uiToday());
        REQUIRE_OK(sessions);
        for (const ScheduledSession& s : sessions.value()) {
            if (s.templateId == templateId.value())
                groupSession = s.id;
        }
        REQUIRE(groupSession != 0);
        QList<AttendanceEntry> entries;
        for (Id id : members) {
            AttendanceEntry e;
            e.participantId = id;
            entries.append(e);
        }
        REQUIRE_OK(AttendanceStore(database.db()).save(groupSession, entries));
        asDana();
    }

    QList<Id> members;
    Id groupSession = 0;
};

QString partData(int i)
{
    return QStringLiteral("Shared a high-risk situation, number %1.").arg(i + 1);
}

} // namespace

TEST_CASE("A counselor writes a DAP note from the keyboard, it saves itself, and Ctrl+Return "
          "signs it",
    "[ui][notes]")
{
    NotesFixture f;
    NotesTab tab(f.context);
    tab.showParticipant(f.jordan);
    tab.resize(900, 400);
    tab.show();
    REQUIRE(tab.model()->rowCount() == 0);
    REQUIRE(tab.newButton()->isEnabled());

    tab.newButton()->click();
    QPointer<NoteEditorDialog> editor = findTopLevel<NoteEditorDialog>();
    REQUIRE(editor);
    REQUIRE(waitForKeyboard(editor));
    // This morning's session waits for its note and is chosen; the program's format is DAP.
    CHECK(editor->sessionChoice()->currentData().toLongLong() == f.session);
    CHECK(editor->formatChoice()->currentText() == QStringLiteral("DAP"));
    SectionEditors* sections = editor->sectionEditors();
    CHECK(sections->editor(QStringLiteral("data"))
              ->placeholderText()
              .startsWith(QStringLiteral("What was observed")));
    REQUIRE(focused() == sections->editor(QStringLiteral("data")));

    type(dataText);
    press(Qt::Key_Tab);
    REQUIRE(focused() == sections->editor(QStringLiteral("assessment")));
    type(assessmentText);
    press(Qt::Key_Tab);
    REQUIRE(focused() == sections->editor(QStringLiteral("plan")));
    type(planText);

    // Nothing is stored while the typing goes on; three seconds after the last key it is.
    CHECK(editor->isModified());
    CHECK(editor->autosave()->timer()->isActive());
    CHECK(editor->autosave()->timer()->interval() == 3000);
    CHECK(f.notesOf(f.jordan).isEmpty());
    REQUIRE(QTest::qWaitFor([&] { return !editor->autosave()->isPending(); }, 10000));
    CHECK(editor->saveStatus() == QStringLiteral("Saved 10:00"));
    CHECK_FALSE(editor->isModified());
    const QList<NoteSummary> drafts = f.notesOf(f.jordan);
    REQUIRE(drafts.size() == 1);
    CHECK(drafts.first().state == NoteState::Draft);
    CHECK(f.note(drafts.first().id).sections == dap());
    // The chart heard about the new draft.
    CHECK(tab.model()->rowCount() == 1);

    const int boxes = MessageBox::count();
    MessageBox::setNextAnswer(QMessageBox::Yes);
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(MessageBox::count() == boxes + 1);
    CHECK(MessageBox::lastText().contains(
        QStringLiteral("Signing locks the note; corrections are added as addenda.")));
    REQUIRE(QTest::qWaitFor([&] { return editor.isNull(); }));

    const Note signedNote = f.note(drafts.first().id);
    CHECK(signedNote.isSigned());
    CHECK(signedNote.state() == NoteState::Signed);
    CHECK(signedNote.sessionId == f.session);
    CHECK(signedNote.sections == dap());
    REQUIRE(tab.model()->rowCount() == 1);
    CHECK(cell(tab.model(), 0, NoteListModel::State) == QStringLiteral("Signed"));
    CHECK(cell(tab.model(), 0, NoteListModel::Format) == QStringLiteral("DAP"));
    CHECK(cell(tab.model(), 0, NoteListModel::Author) == QStringLiteral("Dana Counselor"));
}

TEST_CASE("Signing a note with an empty section marks the section and signs nothing", "[ui][notes]")
{
    NotesFixture f;
    NoteEditorDialog editor(f.context, NoteEditorDialog::NewNote { f.jordan, f.session });
    editor.show();
    REQUIRE(waitForKeyboard(&editor));
    SectionEditors* sections = editor.sectionEditors();
    type(dataText);
    press(Qt::Key_Tab);
    press(Qt::Key_Tab);
    type(planText);
    press(Qt::Key_S, Qt::ControlModifier); // saves now, without waiting
    CHECK(editor.saveStatus() == QStringLiteral("Saved 10:00"));
    REQUIRE(editor.noteId() != 0);

    const int boxes = MessageBox::count();
    press(Qt::Key_Return, Qt::ControlModifier);
    // Nobody is asked to confirm an incomplete note; the empty section says why.
    CHECK(MessageBox::count() == boxes);
    CHECK(editor.isVisible());
    CHECK(sections->errorText(QStringLiteral("assessment")).contains(QStringLiteral("empty")));
    CHECK(sections->errorText(QStringLiteral("data")).isEmpty());
    CHECK(sections->errorText(QStringLiteral("plan")).isEmpty());
    CHECK(sections->editor(QStringLiteral("assessment"))->property("fieldError").toBool());
    CHECK(editor.messageBar()->isVisible());
    CHECK(editor.messageBar()->text().contains(QStringLiteral("Assessment is empty")));
    CHECK(focused() == sections->editor(QStringLiteral("assessment")));
    CHECK_FALSE(f.note(editor.noteId()).isSigned());

    // Writing the section and saving clears the mark; then the note signs.
    type(assessmentText);
    press(Qt::Key_S, Qt::ControlModifier);
    CHECK(sections->errorText(QStringLiteral("assessment")).isEmpty());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK_FALSE(editor.isVisible());
    CHECK(f.note(editor.noteId()).isSigned());
}

TEST_CASE(
    "Changing the format keeps the shared sections and asks before dropping text", "[ui][notes]")
{
    NotesFixture f;
    NoteEditorDialog editor(f.context, NoteEditorDialog::NewNote { f.jordan, f.session });
    editor.show();
    REQUIRE(waitForKeyboard(&editor));
    SectionEditors* sections = editor.sectionEditors();
    type(dataText);
    press(Qt::Key_Tab);
    type(assessmentText);

    // Typing not yet saved is what the idle lock offers to keep as a draft.
    REQUIRE(editor.isModified());
    const Draft kept = editor.draft();
    CHECK(kept.kind == QStringLiteral("note.new"));
    CHECK(kept.subjectId == f.jordan);
    CHECK(kept.payload.value(QStringLiteral("sections"))
              .toObject()
              .value(QStringLiteral("assessment"))
              .toString()
        == assessmentText);
    CHECK_FALSE(editor.unsavedTitle().contains(QStringLiteral("Abbott")));

    // SOAP has no Data section: the question names it, and Cancel keeps everything.
    QComboBox* format = editor.formatChoice();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    format->setCurrentIndex(format->findText(QStringLiteral("SOAP")));
    CHECK(MessageBox::lastText().contains(QStringLiteral("Data")));
    CHECK(format->currentText() == QStringLiteral("DAP"));
    CHECK(sections->editor(QStringLiteral("data"))->toPlainText() == dataText);

    MessageBox::setNextAnswer(QMessageBox::Discard);
    format->setCurrentIndex(format->findText(QStringLiteral("SOAP")));
    CHECK(sections->format() == NoteFormat::Soap);
    CHECK(sections->editor(QStringLiteral("data")) == nullptr);
    CHECK(sections->editor(QStringLiteral("subjective"))->toPlainText().isEmpty());
    CHECK(sections->editor(QStringLiteral("assessment"))->toPlainText() == assessmentText);

    // Back to DAP drops nothing written, so nobody is asked.
    const int boxes = MessageBox::count();
    format->setCurrentIndex(format->findText(QStringLiteral("DAP")));
    CHECK(MessageBox::count() == boxes);
    CHECK(sections->editor(QStringLiteral("assessment"))->toPlainText() == assessmentText);
    REQUIRE(editor.saveNow());
    const Note stored = f.note(editor.noteId());
    CHECK(stored.format == NoteFormat::Dap);
    CHECK(stored.sections.value(QStringLiteral("assessment")) == assessmentText);
    CHECK(stored.sections.value(QStringLiteral("data")).isEmpty());
    CHECK_FALSE(editor.isModified());
}

TEST_CASE("A supervisor co-signs a trainee's note from the worklist", "[ui][notes][cosign]")
{
    ReviewFixture f;
    NotesWorklistPage page(f.context);
    page.resize(1000, 600);
    page.show();
    settle();
    WorklistModel* queue = page.cosignModel();
    REQUIRE(queue->rowCount() == 1);
    CHECK(cell(queue, 0, queue->columnOf(WorklistModel::Participant))
        == QStringLiteral("Brennan, Casey (R-3001)"));
    CHECK(cell(queue, 0, queue->columnOf(WorklistModel::Author)) == QStringLiteral("Toni Trainee"));
    CHECK(page.cosignView()->isVisible());

    page.cosignView()->setCurrentIndex(queue->index(0, 0));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    page.cosignButton()->click();
    CHECK(MessageBox::lastText().contains(QStringLiteral("Toni Trainee")));
    const Note n = f.note(f.noteId);
    CHECK(n.state() == NoteState::Cosigned);
    CHECK(n.cosignedBy == f.supervisor);
    CHECK(queue->rowCount() == 0);

    // A counselor's worklist has no co-sign queue at all.
    f.asTrainee();
    page.reload();
    CHECK_FALSE(page.cosignView()->isVisibleTo(&page));
}

TEST_CASE("Returning a note to its author needs a comment", "[ui][notes][cosign]")
{
    ReviewFixture f;
    NotesWorklistPage page(f.context);
    page.show();
    settle();
    REQUIRE(page.cosignModel()->rowCount() == 1);
    page.cosignView()->setCurrentIndex(page.cosignModel()->index(0, 0));
    page.openCosign();
    QPointer<NoteViewDialog> view = findTopLevel<NoteViewDialog>();
    REQUIRE(view);
    CHECK(view->contentText().contains(assessmentText));
    REQUIRE(view->returnButton()->isVisible());
    REQUIRE(view->cosignButton()->isVisible());

    view->returnButton()->click();
    auto* entry = findTopLevel<TextEntryDialog>();
    REQUIRE(entry);
    REQUIRE(waitForKeyboard(entry));
    entry->findChild<QPushButton*>(QStringLiteral("entryOk"))->click();
    // Refused without a comment: the dialog stays, the note still waits.
    CHECK(entry->isVisible());
    CHECK(entry->messageBar()->text().contains(QStringLiteral("Tell the author")));
    CHECK(f.note(f.noteId).state() == NoteState::AwaitingCosign);

    const QString comment = QStringLiteral("Add the craving rating you took.");
    type(comment);
    press(Qt::Key_Return, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([] { return findTopLevel<TextEntryDialog>() == nullptr; }));
    const Note n = f.note(f.noteId);
    CHECK(n.state() == NoteState::Returned);
    REQUIRE(n.reviews.size() == 1);
    CHECK(n.reviews.first().comment == comment);
    CHECK(view->contentText().contains(QStringLiteral("Returned by Sam Supervisor")));
    CHECK_FALSE(view->returnButton()->isVisible());
    view->close();

    // The trainee finds it in their own list with the comment.
    f.asTrainee();
    page.reload();
    REQUIRE(page.mineModel()->rowCount() == 1);
    CHECK(cell(page.mineModel(), 0, page.mineModel()->columnOf(WorklistModel::Comment)) == comment);
    CHECK(cell(page.mineModel(), 0, page.mineModel()->columnOf(WorklistModel::State))
        == QStringLiteral("Returned"));
}

TEST_CASE("A 12-person group note: the summary once, a part each, Sign All signs 13 records",
    "[ui][notes][group]")
{
    GroupFixture f;
    GroupNoteDialog dialog(f.context, f.groupSession);
    dialog.show();
    REQUIRE(waitForKeyboard(&dialog));
    INFO(dialog.messageBar()->text().toStdString());
    REQUIRE(dialog.groupNoteId() != 0);
    REQUIRE_FALSE(dialog.isReadOnly());
    QListWidget* list = dialog.attendeeList();
    REQUIRE(list->count() == 12);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("Alvarez, Ana (G-101)")));
    CHECK(list->currentRow() == 0);
    REQUIRE(focused() == dialog.summaryEdit());

    const QString summary
        = QStringLiteral("Mapped high-risk situations and rehearsed refusal skills in pairs.");
    type(summary);
    press(Qt::Key_Tab);
    SectionEditors* sections = dialog.sectionEditors();
    for (int i = 0; i < 12; ++i) {
        INFO("attendee " << i);
        REQUIRE(dialog.currentParticipant()
            == list->item(i)->data(GroupNoteDialog::ParticipantRole).toLongLong());
        REQUIRE(focused() == sections->editor(QStringLiteral("data")));
        type(partData(i));
        press(Qt::Key_Tab);
        type(QStringLiteral("Engaged and gave feedback to peers."));
        // The last attendee's plan is left for later.
        if (i < 11) {
            press(Qt::Key_Tab);
            type(QStringLiteral("Continue group, practise the refusal line."));
            CHECK(list->item(i)->data(GroupNoteDialog::CompleteRole).toBool());
            CHECK(list->item(i)->text().endsWith(QStringLiteral("\u2713")));
            press(Qt::Key_PageDown, Qt::ControlModifier);
        }
    }
    CHECK_FALSE(list->item(11)->data(GroupNoteDialog::CompleteRole).toBool());

    // Sign All with Lou Lane's plan missing: her entry is marked and nothing is signed.
    const int boxes = MessageBox::count();
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(MessageBox::count() == boxes);
    CHECK(list->item(11)->data(GroupNoteDialog::RefusedRole).toBool());
    CHECK_FALSE(list->item(10)->data(GroupNoteDialog::RefusedRole).toBool());
    CHECK(dialog.messageBar()->text().contains(QStringLiteral("Lane, Lou (G-112): Plan")));
    CHECK(sections->errorText(QStringLiteral("plan")).contains(QStringLiteral("empty")));
    CHECK(focused() == sections->editor(QStringLiteral("plan")));

    type(QStringLiteral("Meet her counselor about a relapse plan."));
    CHECK(list->item(11)->data(GroupNoteDialog::CompleteRole).toBool());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    press(Qt::Key_Return, Qt::ControlModifier);
    CHECK(MessageBox::lastText().contains(QStringLiteral("(13 records)")));
    CHECK_FALSE(dialog.isVisible());

    auto stored = GroupNoteStore(f.database.db()).get(dialog.groupNoteId());
    REQUIRE_OK(stored);
    CHECK(stored->isSigned());
    CHECK(stored->summary == summary);
    REQUIRE(stored->parts.size() == 12);
    int signedRecords = stored->isSigned() ? 1 : 0;
    for (int i = 0; i < 12; ++i) {
        const Note& part = stored->parts.at(i);
        INFO(part.participantName.toStdString());
        signedRecords += part.isSigned() ? 1 : 0;
        CHECK(part.sections.value(QStringLiteral("data")) == partData(i));
        // Each chart shows the note with the shared summary.
        const QList<NoteSummary> onChart = f.notesOf(f.members.at(i));
        REQUIRE(onChart.size() == 1);
        CHECK(onChart.first().state == NoteState::Signed);
        CHECK(f.note(onChart.first().id).groupSummary == summary);
    }
    CHECK(signedRecords == 13);
}

TEST_CASE("Pictures of the note editor, a signed note, the Notes tab, the worklist and a group "
          "note",
    "[.][shots]")
{
    GroupFixture f;
    const auto shoot = [](QWidget& w, const char* name) {
        w.show();
        settle();
        REQUIRE(w.grab().save(shotsDir() + QLatin1Char('/') + QLatin1String(name), "png"));
    };

    // Jordan's chart: a signed note from Friday with an addendum, and a phone call on
    // Wednesday whose note Dana has not signed, now days late.
    f.asLead();
    const Id friday = f.bookIndividual(f.jordan, uiToday().addDays(-3), QTime(14, 0), QTime(15, 0));
    f.asDana();
    const Id fridayNote = f.draft(f.jordan, friday, dap());
    REQUIRE_OK(NoteStore(f.database.db()).sign(fridayNote));
    REQUIRE_OK(NoteStore(f.database.db())
                   .addAddendum(fridayNote,
                       QStringLiteral("Reason: late entry\nThe craving rating was 6 of 10 at the "
                                      "start and 3 of 10 at the end.")));
    f.clock.set(QDateTime(uiToday().addDays(-5), QTime(16, 0)));
    NoteInput phone;
    phone.participantId = f.jordan;
    phone.contact = NoteContact::Phone;
    phone.format = NoteFormat::Free;
    phone.serviceDate = uiToday().addDays(-5);
    phone.minutes = 15;
    phone.sections = { { QStringLiteral("note"),
        QStringLiteral("Called to reschedule; reports a difficult weekend.") } };
    REQUIRE_OK(NoteStore(f.database.db()).createDraft(phone));
    f.clock.set(QDateTime(uiToday(), QTime(10, 0)));

    {
        NoteEditorDialog editor(f.context, NoteEditorDialog::NewNote { f.jordan, f.session });
        editor.show();
        REQUIRE(waitForKeyboard(&editor));
        type(dataText);
        press(Qt::Key_S, Qt::ControlModifier);
        press(Qt::Key_Tab);
        type(QStringLiteral("Recognised the trigger early"));
        shoot(editor, "note-editor.png");
        press(Qt::Key_Return, Qt::ControlModifier); // refused: the plan is empty
        shoot(editor, "note-editor-refused.png");
        editor.discard();
    }
    {
        NoteViewDialog view(f.context, fridayNote);
        shoot(view, "note-view.png");
    }
    {
        NotesTab tab(f.context);
        tab.showParticipant(f.jordan);
        tab.resize(1000, 360);
        shoot(tab, "notes-tab.png");
    }
    {
        GroupNoteDialog group(f.context, f.groupSession);
        group.show();
        REQUIRE(waitForKeyboard(&group));
        type(QStringLiteral("Mapped high-risk situations and rehearsed refusal skills in pairs."));
        press(Qt::Key_Tab);
        for (int i = 0; i < 5; ++i) {
            type(partData(i));
            press(Qt::Key_Tab);
            type(QStringLiteral("Engaged and gave feedback to peers."));
            press(Qt::Key_Tab);
            type(QStringLiteral("Continue group, practise the refusal line."));
            press(Qt::Key_PageDown, Qt::ControlModifier);
        }
        type(partData(5));
        press(Qt::Key_S, Qt::ControlModifier);
        shoot(group, "group-note.png");
    }

    // The worklist of a supervisor: a trainee's note and a group note waiting, a draft of
    // their own, and Dana's late phone note.
    f.asLead();
    const Id trainee
        = f.database.addStaff(QStringLiteral("Toni Trainee"), { StaffRole::Counselor });
    const Id supervisor
        = f.database.addStaff(QStringLiteral("Sam Supervisor"), { StaffRole::Supervisor });
    StaffMember t = StaffStore(f.database.db()).get(trainee).value();
    t.cosignRequired = true;
    REQUIRE_OK(StaffStore(f.database.db()).update(t));
    const Id casey = f.addPerson(
        QStringLiteral("Casey"), QStringLiteral("Brennan"), QStringLiteral("R-3001"), trainee);
    const Id caseySession = f.bookIndividual(casey, uiToday(), QTime(8, 0), QTime(9, 0), trainee);
    SessionInput groupIn;
    groupIn.sessionType = QString::fromLatin1(SessionTypes::RelapsePrevention);
    groupIn.date = uiToday();
    groupIn.start = QTime(8, 30);
    groupIn.end = QTime(9, 30);
    groupIn.facilitatorIds = { trainee };
    groupIn.participantIds = { f.members.at(0), f.members.at(1), f.members.at(2) };
    auto relapse = ScheduleStore(f.database.db()).book(groupIn);
    REQUIRE_OK(relapse);
    QList<AttendanceEntry> present;
    for (int i = 0; i < 3; ++i) {
        AttendanceEntry e;
        e.participantId = f.members.at(i);
        present.append(e);
    }
    REQUIRE_OK(AttendanceStore(f.database.db()).save(relapse.value(), present));
    f.database.actAs(trainee, { StaffRole::Counselor });
    REQUIRE_OK(NoteStore(f.database.db()).sign(f.draft(casey, caseySession, dap())));
    GroupNoteStore groups(f.database.db());
    auto groupNote = groups.start(relapse.value(), NoteFormat::Dap);
    REQUIRE_OK(groupNote);
    QHash<Id, QMap<QString, QString>> parts;
    for (int i = 0; i < 3; ++i)
        parts.insert(f.members.at(i), dap());
    REQUIRE_OK(groups.save(groupNote.value(),
        QStringLiteral("Relapse prevention: warning signs and a personal plan."), parts));
    REQUIRE_OK(groups.sign(groupNote.value()));
    f.database.actAs(supervisor, { StaffRole::Supervisor });
    NoteInput own;
    own.participantId = casey;
    own.contact = NoteContact::CaseManagement;
    own.format = NoteFormat::Free;
    own.serviceDate = uiToday();
    own.minutes = 20;
    own.sections = { { QStringLiteral("note"), QStringLiteral("Referred to housing support.") } };
    REQUIRE_OK(NoteStore(f.database.db()).createDraft(own));
    {
        NotesWorklistPage page(f.context);
        page.resize(1100, 640);
        shoot(page, "notes-worklist.png");
        CHECK(page.cosignModel()->rowCount() == 2);
        CHECK(page.lateModel()->rowCount() >= 1);
    }
}
