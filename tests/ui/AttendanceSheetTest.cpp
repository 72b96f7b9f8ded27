// SPDX-License-Identifier: GPL-3.0-or-later
// Taking a group's attendance from the keyboard as a facilitator does (issue 5): one key per
// participant, minutes for late and early leave, a drop-in, Mark Rest Present, refusals that
// save nothing and say who and why, and names that look like markup shown as typed.
#include "UiTestSupport.h"
#include "attendance/AttendanceDialog.h"
#include "attendance/AttendanceSheetModel.h"
#include "attendance/AttendanceSheetView.h"
#include "attendance/DropInDialog.h"
#include "attendance/SessionType.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/PlainLabel.h"
#include "session/DraftOffer.h"
#include "storage/AttendanceStore.h"
#include "storage/DraftStore.h"
#include "storage/ScheduleStore.h"

#include <QComboBox>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <iostream>

using namespace stepwise;
using namespace stepwise::test;

namespace {

struct Person
{
    QString first;
    QString last;
};

// Fifteen members, already in the order the sheet lists them (by last name).
QList<Person> eveningGroup()
{
    return { { QStringLiteral("Jordan"), QStringLiteral("Abbott") },
        { QStringLiteral("Casey"), QStringLiteral("Brennan") },
        { QStringLiteral("Wei"), QStringLiteral("Chen") },
        { QStringLiteral("Maria"), QStringLiteral("Delgado") },
        { QStringLiteral("Tyrone"), QStringLiteral("Ellis") },
        { QStringLiteral("Hannah"), QStringLiteral("Fischer") },
        { QStringLiteral("Luis"), QStringLiteral("Garcia") },
        { QStringLiteral("Rachel"), QStringLiteral("Hughes") },
        { QStringLiteral("Amira"), QStringLiteral("Ibrahim") },
        { QStringLiteral("Erik"), QStringLiteral("Johansson") },
        { QStringLiteral("Anna"), QStringLiteral("Kowalski") },
        { QStringLiteral("Daniel"), QStringLiteral("Lopez") },
        { QStringLiteral("Taylor"), QStringLiteral("Morgan") },
        { QStringLiteral("Linh"), QStringLiteral("Nguyen") },
        { QStringLiteral("Maya"), QStringLiteral("Okafor") } };
}

// A group of the given members meeting tonight 18:00-21:00 (180 minutes) in the workstation's
// zone, led by Dana Counselor, who is signed in once it has ended.
struct SheetFixture : UiFixture
{
    explicit SheetFixture(const QList<Person>& people = eveningGroup(),
        const QString& groupName = QStringLiteral("Evening IOP"))
    {
        ScheduleStore schedule(database.db());
        GroupTemplate t;
        t.name = groupName;
        t.sessionType = QString::fromLatin1(SessionTypes::GroupTherapy);
        t.weekdays = { Qt::Monday, Qt::Wednesday, Qt::Friday };
        t.start = QTime(18, 0);
        t.end = QTime(21, 0);
        t.phase = PhaseKind::Intensive;
        t.location = QStringLiteral("Room 204");
        t.topic = QStringLiteral("Coping with cravings");
        t.facilitatorId = database.counselorId();
        auto templateId = schedule.createTemplate(t);
        REQUIRE_OK(templateId);
        for (int i = 0; i < people.size(); ++i) {
            const Id id = addPerson(people.at(i), QStringLiteral("R-%1").arg(2001 + i));
            REQUIRE_OK(schedule.enroll(templateId.value(), id, uiToday().addDays(-30)));
            members.append(id);
        }
        REQUIRE_OK(schedule.generate(templateId.value(), uiToday(), uiToday()));
        auto sessions = schedule.sessions(uiToday(), uiToday());
        REQUIRE_OK(sessions);
        REQUIRE(sessions->size() == 1);
        session = sessions->first();
        REQUIRE(session.times.minutes() == 180);
        // 21:05, just after the group ended.
        clock.set(session.times.endUtc.addSecs(5 * 60).toLocalTime());
        database.actAs(database.counselorId(), { StaffRole::Counselor });
    }

    Id addPerson(const Person& person, const QString& recordNumber)
    {
        Participant p = sampleParticipant(recordNumber);
        p.legalFirstName = person.first;
        p.legalLastName = person.last;
        p.preferredName.clear();
        return addAdmitted(p, 30);
    }

    AttendanceSheet stored()
    {
        auto sheet = AttendanceStore(database.db()).sheet(session.id);
        REQUIRE_OK(sheet);
        return sheet.value();
    }

    int recordedCount()
    {
        int n = 0;
        for (const AttendanceSheetRow& row : stored().rows)
            n += row.recorded ? 1 : 0;
        return n;
    }

    QList<Id> members;
    ScheduledSession session;
};

AttendanceEntry entry(Id participant, AttendanceStatus status, int late = 0, int early = 0)
{
    AttendanceEntry e;
    e.participantId = participant;
    e.status = status;
    e.minutesLate = late;
    e.minutesLeftEarly = early;
    return e;
}

// qWaitForWindowActive() also holds for a dialog whose parent window is active; wait until the
// dialog itself has the keyboard.
bool waitForKeyboard(QWidget* window)
{
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

// Key presses where a keyboard sends them (an open popup list first, else the focus), counted.
struct Keyboard
{
    int presses = 0;

    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget* target = QApplication::activePopupWidget();
        if (!target)
            target = QApplication::focusWidget();
        REQUIRE(target != nullptr);
        QTest::keyClick(target, key, modifiers);
        ++presses;
    }

    void type(const QString& text)
    {
        for (const QChar c : text) {
            if (c.isDigit())
                press(Qt::Key(Qt::Key_0 + c.digitValue()));
            else if (c.isLetter())
                press(Qt::Key(Qt::Key_A + (c.toUpper().unicode() - 'A')));
            else
                FAIL("no key for this character in the test");
        }
    }
};

AttendanceSheetView* sheetView(AttendanceDialog& dialog)
{
    return child<AttendanceSheetView>(&dialog, QStringLiteral("attendanceSheet"));
}

AttendanceSheetModel* sheetModel(AttendanceDialog& dialog)
{
    AttendanceSheetModel* model = sheetView(dialog)->sheetModel();
    REQUIRE(model != nullptr);
    return model;
}

MessageBar* messageBar(AttendanceDialog& dialog)
{
    auto* bar = dialog.findChild<MessageBar*>();
    REQUIRE(bar != nullptr);
    return bar;
}

QString cell(AttendanceSheetModel* model, int row, int column, int role = Qt::DisplayRole)
{
    return model->index(row, column).data(role).toString();
}

// A desktop's window manager gives the keyboard back to the sheet when the drop-in picker
// closes; the offscreen platform has none, so the test does what it would.
bool backToSheet(AttendanceDialog& dialog)
{
    if (!QTest::qWaitFor([] { return findTopLevel<DropInDialog>() == nullptr; }))
        return false;
    dialog.activateWindow();
    return waitForKeyboard(&dialog);
}

void openAndFocus(AttendanceDialog& dialog)
{
    dialog.show();
    REQUIRE(waitForKeyboard(&dialog));
    REQUIRE(QApplication::focusWidget() == sheetView(dialog));
}

} // namespace

TEST_CASE("A 15-person group is taken from the keyboard in a few key presses and saved with "
          "Ctrl+S",
    "[ui][attendance]")
{
    SheetFixture f;
    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    AttendanceSheetView* view = sheetView(dialog);
    AttendanceSheetModel* model = sheetModel(dialog);
    REQUIRE(model->rowCount() == 15);
    CHECK(cell(model, 0, AttendanceSheetModel::Participant)
        == QStringLiteral("Abbott, Jordan (R-2001)"));
    CHECK(cell(model, 0, AttendanceSheetModel::Status) == QStringLiteral("\u2014"));
    CHECK(view->currentIndex() == model->index(0, AttendanceSheetModel::Status));

    Keyboard keys;
    for (int i = 0; i < 12; ++i)
        keys.press(Qt::Key_P);
    CHECK(view->currentIndex() == model->index(12, AttendanceSheetModel::Status));

    // Morgan came 15 minutes late: L opens the minutes cell, digits, Enter goes on.
    keys.press(Qt::Key_L);
    auto* minutes = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    REQUIRE(minutes != nullptr);
    CHECK(view->currentIndex() == model->index(12, AttendanceSheetModel::MinutesLate));
    keys.type(QStringLiteral("15"));
    keys.press(Qt::Key_Return);
    CHECK(view->currentIndex() == model->index(13, AttendanceSheetModel::Status));
    CHECK(QApplication::focusWidget() == view);
    CHECK(cell(model, 12, AttendanceSheetModel::Status) == QStringLiteral("Late"));
    CHECK(cell(model, 12, AttendanceSheetModel::MinutesLate) == QStringLiteral("15"));

    // Nguyen left 30 minutes before the end; Okafor did not come and did not call.
    keys.press(Qt::Key_E);
    CHECK(view->currentIndex() == model->index(13, AttendanceSheetModel::MinutesLeftEarly));
    keys.type(QStringLiteral("30"));
    keys.press(Qt::Key_Return);
    keys.press(Qt::Key_U);
    CHECK(dialog.findChild<QLabel*>(QStringLiteral("tally"))->text()
        == QStringLiteral("15 of 15 taken"));
    CHECK(dialog.isModified());

    keys.press(Qt::Key_S, Qt::ControlModifier);
    std::cout << "Attendance for 15 participants: " << keys.presses << " key presses\n";
    CHECK(keys.presses == 22);
    CHECK(keys.presses <= 30);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK_FALSE(dialog.isVisible());

    const AttendanceSheet sheet = f.stored();
    REQUIRE(sheet.rows.size() == 15);
    for (int i = 0; i < 15; ++i) {
        const AttendanceSheetRow& row = sheet.rows.at(i);
        INFO("row " << i << ": " << row.name.toStdString());
        REQUIRE(row.participantId == f.members.at(i));
        AttendanceEntry expected = entry(row.participantId, AttendanceStatus::Present);
        if (i == 12)
            expected = entry(row.participantId, AttendanceStatus::Late, 15);
        else if (i == 13)
            expected = entry(row.participantId, AttendanceStatus::LeftEarly, 0, 30);
        else if (i == 14)
            expected = entry(row.participantId, AttendanceStatus::UnexcusedAbsence);
        REQUIRE(row.recorded.has_value());
        CHECK(*row.recorded == expected);
        CHECK(row.expected);
    }
}

TEST_CASE("Minutes that leave nothing of the session save nothing and name the participant",
    "[ui][attendance]")
{
    SheetFixture f;
    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    AttendanceSheetView* view = sheetView(dialog);
    AttendanceSheetModel* model = sheetModel(dialog);
    Keyboard keys;

    keys.press(Qt::Key_P);
    keys.press(Qt::Key_P);
    // Chen: 180 minutes late to a 180-minute group.
    keys.press(Qt::Key_L);
    keys.type(QStringLiteral("180"));
    keys.press(Qt::Key_Return);
    for (int i = 3; i < 15; ++i)
        keys.press(Qt::Key_P);
    keys.press(Qt::Key_S, Qt::ControlModifier);

    CHECK(dialog.isVisible());
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(f.recordedCount() == 0); // all or nothing: the 14 good rows were not written either
    MessageBar* bar = messageBar(dialog);
    CHECK(bar->isVisible());
    CHECK(bar->type() == MessageBar::Type::Error);
    const QString text = bar->text();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Nothing was saved")));
    CHECK(text.contains(QStringLiteral("Chen, Wei (R-2003): 180 minutes late and 0 left early "
                                       "leave nothing of a 180-minute session")));
    CHECK_FALSE(text.contains(QStringLiteral("Abbott")));

    // The row is marked (colour and icon); the others are not, and no reason hides in a tooltip.
    CHECK(model->index(2, AttendanceSheetModel::Status).data(Qt::BackgroundRole).isValid());
    CHECK(model->index(2, AttendanceSheetModel::Participant).data(Qt::DecorationRole).isValid());
    CHECK_FALSE(model->index(1, AttendanceSheetModel::Status).data(Qt::BackgroundRole).isValid());
    for (int column = 0; column < AttendanceSheetModel::ColumnCount; ++column)
        CHECK_FALSE(model->index(2, column).data(Qt::ToolTipRole).isValid());
    CHECK(view->currentIndex().row() == 2);
    CHECK(QApplication::focusWidget() == view);

    // Corrected from where the cursor is: one cell right, and digits typed there replace the
    // minutes; Enter, Ctrl+S.
    keys.press(Qt::Key_Right);
    CHECK(view->currentIndex() == model->index(2, AttendanceSheetModel::MinutesLate));
    keys.type(QStringLiteral("20"));
    keys.press(Qt::Key_Return);
    CHECK(view->currentIndex() == model->index(3, AttendanceSheetModel::Status));
    CHECK(cell(model, 2, AttendanceSheetModel::MinutesLate) == QStringLiteral("20"));
    CHECK_FALSE(model->index(2, AttendanceSheetModel::Status).data(Qt::BackgroundRole).isValid());
    keys.press(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    const AttendanceSheet sheet = f.stored();
    REQUIRE(sheet.rows.at(2).recorded.has_value());
    CHECK(*sheet.rows.at(2).recorded == entry(f.members.at(2), AttendanceStatus::Late, 20));
    CHECK(f.recordedCount() == 15);
}

TEST_CASE("A drop-in is added from the people in care and saved as a drop-in", "[ui][attendance]")
{
    SheetFixture f;
    const Id priya = f.addPerson(
        { QStringLiteral("Priya"), QStringLiteral("Patel") }, QStringLiteral("R-3001"));
    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    AttendanceSheetModel* model = sheetModel(dialog);
    AttendanceSheetView* view = sheetView(dialog);
    Keyboard keys;

    keys.press(Qt::Key_D, Qt::AltModifier);
    DropInDialog* picker = nullptr;
    REQUIRE(QTest::qWaitFor([&picker] {
        picker = findTopLevel<DropInDialog>();
        return picker && QApplication::activeWindow() == picker;
    }));
    // Only people in care who are not on the sheet are offered.
    auto* combo = child<QComboBox>(picker, QStringLiteral("dropInParticipant"));
    REQUIRE(combo->count() == 1);
    CHECK(combo->itemText(0) == QStringLiteral("Patel, Priya (R-3001)"));

    keys.type(QStringLiteral("pat"));
    keys.press(Qt::Key_Return);
    REQUIRE(backToSheet(dialog));
    REQUIRE(model->rowCount() == 16);
    CHECK(cell(model, 15, AttendanceSheetModel::Participant)
        == QStringLiteral("Patel, Priya (R-3001) \u00B7 drop-in"));
    CHECK(view->currentIndex() == model->index(15, AttendanceSheetModel::Status));
    CHECK(QApplication::focusWidget() == view);

    keys.press(Qt::Key_P);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    const AttendanceSheet sheet = f.stored();
    REQUIRE(sheet.rows.size() == 16);
    const AttendanceSheetRow& row = sheet.rows.last();
    CHECK(row.participantId == priya);
    CHECK_FALSE(row.expected);
    REQUIRE(row.recorded.has_value());
    CHECK(row.recorded->dropIn);
    CHECK(row.recorded->status == AttendanceStatus::Present);
    CHECK(f.recordedCount() == 1); // the expected members were left for later
}

TEST_CASE("Mark Rest Present fills every row without a status and Enter saves", "[ui][attendance]")
{
    SheetFixture f;
    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    AttendanceSheetModel* model = sheetModel(dialog);
    Keyboard keys;

    keys.press(Qt::Key_X); // Abbott called in sick
    keys.press(Qt::Key_Down);
    keys.press(Qt::Key_T);                  // Chen joined by video
    keys.press(Qt::Key_P, Qt::AltModifier); // Mark Rest &Present
    REQUIRE(QTest::qWaitFor([model] { return model->takenCount() == 15; }));
    CHECK(cell(model, 0, AttendanceSheetModel::Status) == QStringLiteral("Excused absence"));
    CHECK(cell(model, 1, AttendanceSheetModel::Status) == QStringLiteral("Present"));
    CHECK(cell(model, 2, AttendanceSheetModel::Status) == QStringLiteral("Telehealth"));
    CHECK(QApplication::focusWidget() == sheetView(dialog));

    keys.press(Qt::Key_Return); // no cell is being edited: Enter is Save
    CHECK(dialog.result() == QDialog::Accepted);
    const AttendanceSheet sheet = f.stored();
    for (int i = 0; i < 15; ++i) {
        INFO("row " << i);
        const AttendanceStatus expected = i == 0 ? AttendanceStatus::ExcusedAbsence
            : i == 2                             ? AttendanceStatus::Telehealth
                                                 : AttendanceStatus::Present;
        REQUIRE(sheet.rows.at(i).recorded.has_value());
        CHECK(*sheet.rows.at(i).recorded == entry(f.members.at(i), expected));
    }
    CHECK(keys.presses == 5);
}

TEST_CASE("Names, notes and a group name that look like HTML are shown as typed",
    "[ui][attendance][plaintext]")
{
    QList<Person> people = eveningGroup().mid(0, 2);
    people.append({ QStringLiteral("<b>Bold</b>"), QStringLiteral("Zed <img src=x>") });
    SheetFixture f(people, QStringLiteral("<i>Evening</i> IOP"));
    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    AttendanceSheetView* view = sheetView(dialog);
    AttendanceSheetModel* model = sheetModel(dialog);
    Keyboard keys;

    // A note on the last row: P three times (the cursor stays on the last row), three cells
    // right, F2, the text, Enter.
    keys.press(Qt::Key_P);
    keys.press(Qt::Key_P);
    keys.press(Qt::Key_P);
    for (int i = 0; i < 3; ++i)
        keys.press(Qt::Key_Right);
    CHECK(view->currentIndex() == model->index(2, AttendanceSheetModel::Note));
    keys.press(Qt::Key_F2);
    REQUIRE(qobject_cast<QLineEdit*>(QApplication::focusWidget()) != nullptr);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("<u>late bus</u>"));
    keys.press(Qt::Key_Return);

    const QString name = QStringLiteral("Zed <img src=x>, <b>Bold</b> (R-2003)");
    CHECK(cell(model, 2, AttendanceSheetModel::Participant) == name);
    CHECK(cell(model, 2, AttendanceSheetModel::Note) == QStringLiteral("<u>late bus</u>"));
    // The cells are painted by the styled delegate, which draws text and never markup; nothing
    // else (an index widget such as a rich-text label) sits over a cell.
    for (int column = 0; column < AttendanceSheetModel::ColumnCount; ++column) {
        const QModelIndex index = model->index(2, column);
        auto* delegate = qobject_cast<QStyledItemDelegate*>(view->itemDelegateForIndex(index));
        REQUIRE(delegate != nullptr);
        CHECK(delegate->displayText(index.data(), QLocale()) == index.data().toString());
        CHECK(view->indexWidget(index) == nullptr);
        CHECK_FALSE(index.data(Qt::ToolTipRole).isValid());
    }
    // The header quotes the group's name literally.
    auto* title = child<PlainLabel>(&dialog, QStringLiteral("sessionTitle"));
    CHECK(title->text() == QStringLiteral("<i>Evening</i> IOP"));
    for (PlainLabel* label : dialog.findChildren<PlainLabel*>())
        CHECK(label->textFormat() == Qt::PlainText);
    CHECK(child<QLabel>(&dialog, QStringLiteral("keyHint"))->textFormat() == Qt::PlainText);

    keys.press(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.result() == QDialog::Accepted);
    REQUIRE(f.stored().rows.at(2).recorded.has_value());
    CHECK(f.stored().rows.at(2).recorded->note == QStringLiteral("<u>late bus</u>"));
}

TEST_CASE("A cancelled session shows the store's reason and cannot be edited", "[ui][attendance]")
{
    SheetFixture f;
    f.database.actAs(f.database.leadId(), { StaffRole::Counselor, StaffRole::Supervisor });
    REQUIRE_OK(ScheduleStore(f.database.db()).cancel(f.session.id, QStringLiteral("Snow day")));
    f.database.actAs(f.database.counselorId(), { StaffRole::Counselor });

    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    AttendanceSheetModel* model = sheetModel(dialog);
    MessageBar* bar = messageBar(dialog);
    CHECK(bar->isVisible());
    CHECK(bar->text().contains(QStringLiteral("cancelled (Snow day)")));
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("markRestPresent"))->isEnabled());
    CHECK_FALSE(child<QPushButton>(&dialog, QStringLiteral("addDropIn"))->isEnabled());
    CHECK_FALSE(model->flags(model->index(0, AttendanceSheetModel::Status)) & Qt::ItemIsEditable);

    Keyboard keys;
    keys.press(Qt::Key_P);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    CHECK(cell(model, 0, AttendanceSheetModel::Status) == QStringLiteral("\u2014"));
    CHECK(dialog.isVisible());
    CHECK(f.recordedCount() == 0);
    const int boxes = MessageBox::count();
    keys.press(Qt::Key_Escape); // nothing typed: closes without asking
    CHECK_FALSE(dialog.isVisible());
    CHECK(MessageBox::count() == boxes);
}

TEST_CASE("A session that has not started yet is refused on save with the store's words",
    "[ui][attendance]")
{
    SheetFixture f;
    f.clock.set(f.session.times.startUtc.addSecs(-30 * 60).toLocalTime());
    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    MessageBar* bar = messageBar(dialog);
    CHECK(bar->isVisible());
    CHECK(bar->text().contains(QStringLiteral("has not started yet")));

    Keyboard keys;
    keys.press(Qt::Key_P);
    keys.press(Qt::Key_S, Qt::ControlModifier);
    CHECK(dialog.isVisible());
    CHECK(
        bar->text().startsWith(QStringLiteral("Nothing was saved: This session has not started")));
    CHECK(f.recordedCount() == 0);
}

TEST_CASE("Cancel asks before throwing away attendance that was typed", "[ui][attendance]")
{
    SheetFixture f;
    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    Keyboard keys;
    keys.press(Qt::Key_P);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    keys.press(Qt::Key_Escape);
    CHECK(dialog.isVisible());
    CHECK(MessageBox::lastText().contains(QStringLiteral("Nothing has been saved")));

    MessageBox::setNextAnswer(QMessageBox::Discard);
    keys.press(Qt::Key_Escape);
    CHECK_FALSE(dialog.isVisible());
    CHECK(f.recordedCount() == 0);
}

TEST_CASE("A sheet kept as a draft at the lock comes back in the next dialog", "[ui][attendance]")
{
    SheetFixture f;
    const Id priya = f.addPerson(
        { QStringLiteral("Priya"), QStringLiteral("Patel") }, QStringLiteral("R-3001"));
    {
        AttendanceDialog dialog(f.context, f.session.id);
        openAndFocus(dialog);
        Keyboard keys;
        keys.press(Qt::Key_P);
        keys.press(Qt::Key_L);
        keys.type(QStringLiteral("10"));
        keys.press(Qt::Key_Return);
        keys.press(Qt::Key_D, Qt::AltModifier);
        REQUIRE(QTest::qWaitFor([] {
            auto* picker = findTopLevel<DropInDialog>();
            return picker && QApplication::activeWindow() == picker;
        }));
        keys.type(QStringLiteral("3001"));
        keys.press(Qt::Key_Return);
        REQUIRE(backToSheet(dialog));
        keys.press(Qt::Key_T);
        REQUIRE(f.context.unsavedWork().modified().contains(&dialog));
        // What LockController does when the user switches with "keep drafts".
        REQUIRE_OK(DraftStore(f.database.db()).save(dialog.draft()));
        CHECK_FALSE(dialog.unsavedTitle().contains(QStringLiteral("Abbott")));
        dialog.discard();
        CHECK_FALSE(dialog.isVisible());
    }
    CHECK(f.recordedCount() == 0);

    AttendanceDialog dialog(f.context, f.session.id);
    openAndFocus(dialog);
    auto* offer = dialog.findChild<DraftOffer*>();
    REQUIRE(offer != nullptr);
    REQUIRE(offer->isOffering());
    offer->resume();
    AttendanceSheetModel* model = sheetModel(dialog);
    REQUIRE(model->rowCount() == 16);
    CHECK(cell(model, 0, AttendanceSheetModel::Status) == QStringLiteral("Present"));
    CHECK(cell(model, 1, AttendanceSheetModel::Status) == QStringLiteral("Late"));
    CHECK(cell(model, 1, AttendanceSheetModel::MinutesLate) == QStringLiteral("10"));
    CHECK(cell(model, 15, AttendanceSheetModel::Status) == QStringLiteral("Telehealth"));
    CHECK(model->rowOf(priya) == 15);
    CHECK(cell(model, 2, AttendanceSheetModel::Status) == QStringLiteral("\u2014"));
}

namespace {

// Written only when someone asked for pictures (STEPWISE_SHOTS_DIR), to look at by eye.
void savePicture(QWidget* w, const QString& name)
{
    if (!qEnvironmentVariableIsSet("STEPWISE_SHOTS_DIR"))
        return;
    for (int i = 0; i < 3; ++i) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
    }
    REQUIRE(w->grab().save(shotsDir() + QLatin1Char('/') + name, "png"));
}

} // namespace

TEST_CASE("The attendance screen partly taken, as a picture", "[ui][attendance][shots]")
{
    SheetFixture f;
    f.addPerson({ QStringLiteral("Priya"), QStringLiteral("Patel") }, QStringLiteral("R-3001"));
    AttendanceDialog dialog(f.context, f.session.id);
    dialog.resize(900, 600);
    openAndFocus(dialog);
    Keyboard keys;
    for (int i = 0; i < 4; ++i)
        keys.press(Qt::Key_P);
    keys.press(Qt::Key_L);
    keys.type(QStringLiteral("15"));
    keys.press(Qt::Key_Return);
    keys.press(Qt::Key_P);
    keys.press(Qt::Key_T);
    keys.press(Qt::Key_X);
    keys.press(Qt::Key_P);
    keys.press(Qt::Key_E);
    keys.type(QStringLiteral("45"));
    keys.press(Qt::Key_Return);
    keys.press(Qt::Key_D, Qt::AltModifier);
    REQUIRE(QTest::qWaitFor([] {
        auto* picker = findTopLevel<DropInDialog>();
        return picker && QApplication::activeWindow() == picker;
    }));
    keys.type(QStringLiteral("pat"));
    keys.press(Qt::Key_Return);
    REQUIRE(backToSheet(dialog));
    keys.press(Qt::Key_P);
    keys.press(Qt::Key_Up);
    CHECK(child<QLabel>(&dialog, QStringLiteral("tally"))->text()
        == QStringLiteral("11 of 16 taken"));
    savePicture(&dialog, QStringLiteral("attendance.png"));

    SECTION("with a refusal")
    {
        keys.press(Qt::Key_L);
        keys.type(QStringLiteral("200"));
        keys.press(Qt::Key_Return);
        keys.press(Qt::Key_S, Qt::ControlModifier);
        CHECK(dialog.isVisible());
        savePicture(&dialog, QStringLiteral("attendance-refused.png"));
    }
}
