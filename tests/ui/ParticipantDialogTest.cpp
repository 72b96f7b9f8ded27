// SPDX-License-Identifier: GPL-3.0-or-later
// The add/edit dialog: core's reasons appear beside the fields and nothing is saved half-way.
#include "participant/ParticipantDialog.h"

#include "UiTestSupport.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "domain/ParticipantRules.h"
#include "participant/DiagnosisEditor.h"
#include "participant/DiagnosisModel.h"
#include "participant/ParticipantForm.h"
#include "storage/AuditTrail.h"

#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace stepwise;
using namespace stepwise::test;

namespace {

QLabel* errorLabel(QWidget* dialog, const char* key)
{
    return child<QLabel>(dialog, FieldErrors::labelName(QString::fromLatin1(key)));
}

bool highlighted(QWidget* dialog, const char* key)
{
    return child<QWidget>(dialog, QString::fromLatin1(key))->property("fieldError").toBool();
}

int storedParticipants(UiFixture& f)
{
    auto all = ParticipantStore(f.database.db()).all();
    REQUIRE_OK(all);
    return int(all->size());
}

void fillValid(ParticipantDialog& dialog, const QString& record)
{
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("record_number")), record);
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("legal_first_name")), QStringLiteral("Ada"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("legal_last_name")), QStringLiteral("Byron"));
    typeInto(
        child<QLineEdit>(&dialog, QStringLiteral("date_of_birth")), QStringLiteral("1990-12-10"));
}

} // namespace

TEST_CASE(
    "A future date of birth and a bad email are explained beside their fields", "[ui][dialog]")
{
    UiFixture f;
    ParticipantDialog dialog(f.context);
    dialog.show();
    fillValid(dialog, QStringLiteral("R-7"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("date_of_birth")),
        uiToday().addDays(1).toString(Qt::ISODate));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("email")), QStringLiteral("ada@@example"));

    QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);

    CHECK(dialog.isVisible());
    QLabel* dob = errorLabel(&dialog, ParticipantRules::DateOfBirth);
    CHECK(dob->isVisible());
    CHECK(dob->text() == QStringLiteral("Date of birth is in the future."));
    CHECK(highlighted(&dialog, ParticipantRules::DateOfBirth));
    QLabel* email = errorLabel(&dialog, ParticipantRules::Email);
    CHECK(email->isVisible());
    CHECK(email->text().startsWith(QStringLiteral("Email address is not valid")));
    CHECK(highlighted(&dialog, ParticipantRules::Email));
    // Fields without problems stay plain.
    CHECK_FALSE(errorLabel(&dialog, ParticipantRules::RecordNumber)->isVisible());
    CHECK_FALSE(highlighted(&dialog, ParticipantRules::RecordNumber));

    // Nothing saved, and everything typed is still there.
    CHECK(storedParticipants(f) == 0);
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("email"))->text()
        == QStringLiteral("ada@@example"));
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("legal_first_name"))->text()
        == QStringLiteral("Ada"));

    // Fixing them saves, and the messages go away.
    typeInto(
        child<QLineEdit>(&dialog, QStringLiteral("date_of_birth")), QStringLiteral("1990-12-10"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("email")), QStringLiteral("ada@example.org"));
    REQUIRE(dialog.save());
    CHECK_FALSE(dialog.isVisible());
    CHECK(storedParticipants(f) == 1);
}

TEST_CASE("A record number already in use is reported beside the record number", "[ui][dialog]")
{
    UiFixture f;
    f.addAdmitted(sampleParticipant(QStringLiteral("R-1001")));
    ParticipantDialog dialog(f.context);
    fillValid(dialog, QStringLiteral("r-1001"));

    CHECK_FALSE(dialog.save());
    QLabel* record = errorLabel(&dialog, ParticipantRules::RecordNumber);
    CHECK(record->isVisibleTo(&dialog));
    CHECK(record->text().contains(QStringLiteral("already used")));
    CHECK(storedParticipants(f) == 1);
}

TEST_CASE("Missing names and an unreadable date are reported together", "[ui][dialog]")
{
    UiFixture f;
    ParticipantDialog dialog(f.context);
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("date_of_birth")), QStringLiteral("soon"));

    CHECK_FALSE(dialog.save());
    CHECK(errorLabel(&dialog, ParticipantRules::RecordNumber)->text()
        == QStringLiteral("Record number is required."));
    CHECK(errorLabel(&dialog, ParticipantRules::LegalFirstName)->isVisibleTo(&dialog));
    CHECK(errorLabel(&dialog, ParticipantRules::LegalLastName)->isVisibleTo(&dialog));
    CHECK(errorLabel(&dialog, ParticipantRules::DateOfBirth)
              ->text()
              .contains(QStringLiteral("not a date")));
    CHECK(storedParticipants(f) == 0);
}

TEST_CASE("A malformed ICD-10-CM code is reported beside the diagnoses", "[ui][dialog]")
{
    UiFixture f;
    ParticipantDialog dialog(f.context);
    fillValid(dialog, QStringLiteral("R-8"));
    DiagnosisEditor* editor = dialog.form()->diagnosisEditor();
    editor->addButton()->click();
    DiagnosisModel* model = editor->model();
    REQUIRE(model->rowCount() == 1);
    model->setData(model->index(0, DiagnosisModel::Code), QStringLiteral("10.20F"));
    model->setData(model->index(0, DiagnosisModel::Description), QStringLiteral("Alcohol"));

    CHECK_FALSE(dialog.save());
    QLabel* label = errorLabel(&dialog, ParticipantRules::Diagnoses);
    CHECK(label->text().contains(QStringLiteral("not an ICD-10-CM code")));
    CHECK(storedParticipants(f) == 0);

    model->setData(model->index(0, DiagnosisModel::Code), QStringLiteral(" f10.20 "));
    REQUIRE(dialog.save());
    auto stored = ParticipantStore(f.database.db()).all();
    REQUIRE_OK(stored);
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().diagnoses.first().icd10Code == QStringLiteral("F10.20"));
}

TEST_CASE("An admission date in the future is reported beside the admission date", "[ui][dialog]")
{
    UiFixture f;
    ParticipantDialog dialog(f.context);
    fillValid(dialog, QStringLiteral("R-9"));
    child<QDateEdit>(&dialog, QStringLiteral("admission_date"))->setDate(uiToday().addDays(3));

    CHECK_FALSE(dialog.save());
    CHECK(errorLabel(&dialog, ParticipantForm::AdmissionDate)->text()
        == QStringLiteral("Admission cannot be dated in the future."));
    CHECK(storedParticipants(f) == 0);
}

TEST_CASE("A storage failure on save shows in the message bar and keeps the edit", "[ui][dialog]")
{
    UiFixture f;
    // Make SQLite refuse the write as a full disk would: the statement fails inside the store.
    REQUIRE_OK(f.database.db().exec(
        QStringLiteral("CREATE TRIGGER fail_insert BEFORE INSERT ON participant "
                       "BEGIN SELECT RAISE(ABORT, 'simulated write failure'); END")));
    ParticipantDialog dialog(f.context);
    fillValid(dialog, QStringLiteral("R-10"));

    CHECK_FALSE(dialog.save());
    CHECK(dialog.messageBar()->isVisibleTo(&dialog));
    CHECK(dialog.messageBar()->text().startsWith(QStringLiteral("Nothing was saved")));
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("record_number"))->text()
        == QStringLiteral("R-10"));
    CHECK(storedParticipants(f) == 0);
    AuditFilter filter;
    filter.action = QStringLiteral("participant.");
    auto audit = AuditTrail::entries(f.database.db(), filter);
    REQUIRE_OK(audit);
    CHECK(audit->isEmpty());
}

TEST_CASE("Editing a participant changes the stored record", "[ui][dialog]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant(QStringLiteral("R-11")));
    auto before = ParticipantStore(f.database.db()).get(id);
    REQUIRE_OK(before);

    ParticipantDialog dialog(f.context, before.value());
    CHECK_FALSE(dialog.isNew());
    CHECK(child<QLineEdit>(&dialog, QStringLiteral("legal_first_name"))->text()
        == QStringLiteral("Alex"));
    CHECK(child<QComboBox>(&dialog, QStringLiteral("counselor_id"))->currentText()
        == QStringLiteral("Dana Counselor"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("preferred_name")), QStringLiteral("Lex"));
    typeInto(child<QLineEdit>(&dialog, QStringLiteral("phone")), QStringLiteral("555-0100-22"));

    REQUIRE(dialog.save());
    auto after = ParticipantStore(f.database.db()).get(id);
    REQUIRE_OK(after);
    CHECK(after->preferredName == QStringLiteral("Lex"));
    CHECK(after->phone == QStringLiteral("555-0100-22"));
    CHECK(after->diagnoses == before->diagnoses);
    CHECK(after->dateOfBirth == before->dateOfBirth);
}

TEST_CASE("Marking someone discharged while in care is refused beside the status", "[ui][dialog]")
{
    UiFixture f;
    const Id id = f.addAdmitted(sampleParticipant(QStringLiteral("R-12")));
    auto p = ParticipantStore(f.database.db()).get(id);
    REQUIRE_OK(p);
    ParticipantDialog dialog(f.context, p.value());
    auto* status = child<QComboBox>(&dialog, QStringLiteral("status"));
    status->setCurrentIndex(status->findText(label(ParticipantStatus::Discharged)));

    CHECK_FALSE(dialog.save());
    CHECK(errorLabel(&dialog, "status")->text().contains(QStringLiteral("still in care")));
    auto after = ParticipantStore(f.database.db()).get(id);
    REQUIRE_OK(after);
    CHECK(after->status == ParticipantStatus::Active);
}

TEST_CASE("Cancelling asks before discarding what was typed", "[ui][dialog]")
{
    UiFixture f;
    ParticipantDialog dialog(f.context);
    dialog.show();

    SECTION("an untouched dialog closes without asking")
    {
        const int boxes = MessageBox::count();
        dialog.reject();
        CHECK_FALSE(dialog.isVisible());
        CHECK(MessageBox::count() == boxes);
    }
    SECTION("keeping the edit leaves the dialog open with the text")
    {
        typeInto(
            child<QLineEdit>(&dialog, QStringLiteral("legal_last_name")), QStringLiteral("Byron"));
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QTest::keyClick(&dialog, Qt::Key_Escape);
        CHECK(dialog.isVisible());
        CHECK(MessageBox::lastText().startsWith(QStringLiteral("Discard this new participant")));
        CHECK(child<QLineEdit>(&dialog, QStringLiteral("legal_last_name"))->text()
            == QStringLiteral("Byron"));
    }
    SECTION("discarding closes it and saves nothing")
    {
        typeInto(child<QLineEdit>(&dialog, QStringLiteral("date_of_birth")), QStringLiteral("1/2"));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        dialog.reject();
        CHECK_FALSE(dialog.isVisible());
        CHECK(storedParticipants(f) == 0);
    }
}
