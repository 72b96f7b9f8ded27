// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/Result.h"
#include "domain/Episode.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace stepwise {

class DiagnosisEditor;
class FieldErrors;

// Every field of a participant, grouped as an intake form is. Each field widget's object name
// is the key core uses for it in FieldError, so errors land beside the right field.
class ParticipantForm : public QWidget
{
    Q_OBJECT
public:
    static constexpr auto AdmissionDate = "admission_date";

    explicit ParticipantForm(QWidget* parent = nullptr);

    // Counselors to choose from; `keepId` stays listed (marked inactive) even if not in the list.
    void setCounselors(
        const QList<StaffMember>& counselors, Id keepId = 0, const QString& keepName = {});
    void setParticipant(const Participant& participant);
    Participant participant() const;
    // Problems the form finds before core sees anything (a date it cannot read).
    QList<FieldError> inputErrors() const;

    void setAdmissionVisible(bool visible); // for a new participant only
    QDate admissionDate() const;
    void setAdmissionDate(const QDate& date);
    void setAdmissionNote(const QString& text);

    // Whether anything differs from when markClean() was last called.
    void markClean();
    bool isModified() const;

    FieldErrors* errors() const { return m_errors; }
    DiagnosisEditor* diagnosisEditor() const { return m_diagnoses; }
    QWidget* field(const QString& key) const;

private:
    QWidget* createIdentityGroup();
    QWidget* createContactGroup();
    QWidget* createCareGroup();
    QWidget* createDiagnosisGroup();
    QLineEdit* lineEdit(const char* key, const QString& accessibleName);
    QDate parsedDateOfBirth(bool* ok) const;

    FieldErrors* m_errors;
    Participant m_original;
    Participant m_clean;
    QString m_cleanDateOfBirth;
    QDate m_cleanAdmission;
    QLineEdit* m_recordNumber = nullptr;
    QLineEdit* m_firstName = nullptr;
    QLineEdit* m_lastName = nullptr;
    QLineEdit* m_preferredName = nullptr;
    QLineEdit* m_dateOfBirth = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_gender = nullptr;
    QComboBox* m_pronouns = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_email = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_emergencyName = nullptr;
    QLineEdit* m_emergencyRelationship = nullptr;
    QLineEdit* m_emergencyPhone = nullptr;
    QComboBox* m_focus = nullptr;
    QComboBox* m_counselor = nullptr;
    QLineEdit* m_referral = nullptr;
    QComboBox* m_status = nullptr;
    QFormLayout* m_careForm = nullptr;
    QWidget* m_statusRow = nullptr;
    QWidget* m_admissionRow = nullptr;
    QDateEdit* m_admissionDate = nullptr;
    QLabel* m_admissionNote = nullptr;
    DiagnosisEditor* m_diagnoses = nullptr;
};

} // namespace stepwise
