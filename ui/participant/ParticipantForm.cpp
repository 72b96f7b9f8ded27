// SPDX-License-Identifier: GPL-3.0-or-later
#include "ParticipantForm.h"

#include "DiagnosisEditor.h"
#include "common/EnumCombo.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "domain/ParticipantRules.h"
#include "domain/PhaseRules.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QString key(const char* k)
{
    return QString::fromLatin1(k);
}

QFormLayout* formLayout(QGroupBox* group)
{
    auto* form = new QFormLayout(group);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return form;
}

} // namespace

ParticipantForm::ParticipantForm(QWidget* parent)
    : QWidget(parent)
    , m_errors(new FieldErrors(this))
{
    // Widgets are created in reading order, which is also the Tab order.
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(createIdentityGroup(), 0, 0);
    grid->addWidget(createContactGroup(), 0, 1);
    grid->addWidget(createCareGroup(), 1, 0);
    grid->addWidget(createDiagnosisGroup(), 1, 1);
    grid->setColumnStretch(0, 1);
    grid->setColumnStretch(1, 1);
    grid->setRowStretch(1, 1);
}

QLineEdit* ParticipantForm::lineEdit(const char* k, const QString& accessibleName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(key(k));
    edit->setAccessibleName(accessibleName);
    return edit;
}

QWidget* ParticipantForm::createIdentityGroup()
{
    auto* group = new QGroupBox(tr("Identity"), this);
    QFormLayout* form = formLayout(group);

    m_recordNumber = lineEdit(ParticipantRules::RecordNumber, tr("Record number"));
    m_firstName = lineEdit(ParticipantRules::LegalFirstName, tr("Legal first name"));
    m_lastName = lineEdit(ParticipantRules::LegalLastName, tr("Legal last name"));
    m_preferredName = lineEdit("preferred_name", tr("Preferred name"));
    m_preferredName->setPlaceholderText(tr("What they like to be called"));
    m_dateOfBirth = lineEdit(ParticipantRules::DateOfBirth, tr("Date of birth"));
    m_dateOfBirth->setPlaceholderText(tr("e.g. %1").arg(Format::date(QDate(1985, 4, 12))));
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex_at_birth"));
    EnumCombo::fill<SexAtBirth>(m_sex);
    m_gender = lineEdit("gender_identity", tr("Gender identity"));
    m_gender->setPlaceholderText(tr("In their own words"));
    m_pronouns = new QComboBox(this);
    m_pronouns->setObjectName(QStringLiteral("pronouns"));
    m_pronouns->setEditable(true);
    m_pronouns->setInsertPolicy(QComboBox::NoInsert);
    m_pronouns->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_pronouns->addItems({ QString(), tr("she/her"), tr("he/him"), tr("they/them") });

    form->addRow(
        tr("&Record number:"), m_errors->wrap(m_recordNumber->objectName(), m_recordNumber));
    form->addRow(tr("Legal &first name:"), m_errors->wrap(m_firstName->objectName(), m_firstName));
    form->addRow(tr("Legal &last name:"), m_errors->wrap(m_lastName->objectName(), m_lastName));
    form->addRow(
        tr("&Preferred name:"), m_errors->wrap(m_preferredName->objectName(), m_preferredName));
    form->addRow(tr("Date of &birth:"), m_errors->wrap(m_dateOfBirth->objectName(), m_dateOfBirth));
    form->addRow(tr("Sex at birth:"), m_errors->wrap(m_sex->objectName(), m_sex));
    form->addRow(tr("&Gender identity:"), m_errors->wrap(m_gender->objectName(), m_gender));
    form->addRow(tr("Pronouns:"), m_errors->wrap(m_pronouns->objectName(), m_pronouns));
    return group;
}

QWidget* ParticipantForm::createContactGroup()
{
    auto* group = new QGroupBox(tr("Contact"), this);
    QFormLayout* form = formLayout(group);

    m_phone = lineEdit(ParticipantRules::Phone, tr("Phone"));
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_email = lineEdit(ParticipantRules::Email, tr("Email"));
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    m_address = new QPlainTextEdit(this);
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setAccessibleName(tr("Address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 12);
    m_emergencyName = lineEdit("emergency_contact_name", tr("Emergency contact name"));
    m_emergencyRelationship
        = lineEdit("emergency_contact_relationship", tr("Emergency contact relationship"));
    m_emergencyPhone = lineEdit(ParticipantRules::EmergencyPhone, tr("Emergency contact phone"));

    form->addRow(tr("P&hone:"), m_errors->wrap(m_phone->objectName(), m_phone));
    form->addRow(tr("&Email:"), m_errors->wrap(m_email->objectName(), m_email));
    form->addRow(tr("A&ddress:"), m_errors->wrap(m_address->objectName(), m_address));
    auto* emergency = new QLabel(tr("Emergency contact"), group);
    QFont bold = emergency->font();
    bold.setBold(true);
    emergency->setFont(bold);
    form->addRow(emergency);
    form->addRow(tr("Name:"), m_errors->wrap(m_emergencyName->objectName(), m_emergencyName));
    form->addRow(tr("Relationship:"),
        m_errors->wrap(m_emergencyRelationship->objectName(), m_emergencyRelationship));
    form->addRow(tr("Phone:"), m_errors->wrap(m_emergencyPhone->objectName(), m_emergencyPhone));
    return group;
}

QWidget* ParticipantForm::createCareGroup()
{
    auto* group = new QGroupBox(tr("Care"), this);
    QFormLayout* form = formLayout(group);

    m_focus = new QComboBox(this);
    m_focus->setObjectName(QStringLiteral("primary_focus"));
    EnumCombo::fill<PrimaryFocus>(m_focus);
    m_counselor = new QComboBox(this);
    m_counselor->setObjectName(key(ParticipantRules::Counselor));
    m_referral = lineEdit("referral_source", tr("Referral source"));
    m_referral->setPlaceholderText(tr("e.g. self, court, primary care"));
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("status"));
    EnumCombo::fill<ParticipantStatus>(m_status);

    m_admissionDate = new QDateEdit(this);
    m_admissionDate->setObjectName(key(AdmissionDate));
    m_admissionDate->setCalendarPopup(true);
    m_admissionDate->setDisplayFormat(Format::dateFormat());
    m_admissionNote = new QLabel(this);
    m_admissionNote->setTextFormat(Qt::PlainText);
    m_admissionNote->setWordWrap(true);
    m_admissionNote->setForegroundRole(QPalette::PlaceholderText);
    m_admissionRow = new QWidget(this);
    auto* admission = new QVBoxLayout(m_admissionRow);
    admission->setContentsMargins(0, 0, 0, 0);
    admission->addWidget(m_errors->wrap(m_admissionDate->objectName(), m_admissionDate));
    admission->addWidget(m_admissionNote);
    // Admission errors come from PhaseRules under its generic "date" key.
    m_errors->alias(QString::fromLatin1(PhaseRules::Date), m_admissionDate->objectName());

    form->addRow(tr("Primary &focus:"), m_errors->wrap(m_focus->objectName(), m_focus));
    form->addRow(tr("&Counselor:"), m_errors->wrap(m_counselor->objectName(), m_counselor));
    form->addRow(tr("Referral &source:"), m_errors->wrap(m_referral->objectName(), m_referral));
    m_statusRow = m_errors->wrap(m_status->objectName(), m_status);
    form->addRow(tr("S&tatus:"), m_statusRow);
    auto* admissionLabel = new QLabel(tr("&Admitted on:"), group);
    admissionLabel->setBuddy(m_admissionDate);
    form->addRow(admissionLabel, m_admissionRow);
    m_careForm = form;
    return group;
}

QWidget* ParticipantForm::createDiagnosisGroup()
{
    auto* group = new QGroupBox(tr("Diagnoses"), this);
    auto* layout = new QVBoxLayout(group);
    m_diagnoses = new DiagnosisEditor(this);
    m_diagnoses->setObjectName(key(ParticipantRules::Diagnoses));
    layout->addWidget(m_errors->wrap(m_diagnoses->objectName(), m_diagnoses));
    return group;
}

void ParticipantForm::setCounselors(
    const QList<StaffMember>& counselors, Id keepId, const QString& keepName)
{
    m_counselor->clear();
    m_counselor->addItem(tr("Unassigned"), Id(0));
    bool kept = keepId == 0;
    for (const StaffMember& member : counselors) {
        m_counselor->addItem(member.name, member.id);
        kept = kept || member.id == keepId;
    }
    if (!kept)
        m_counselor->addItem(tr("%1 (inactive)").arg(keepName), keepId);
}

void ParticipantForm::setParticipant(const Participant& p)
{
    m_original = p;
    m_recordNumber->setText(p.recordNumber);
    m_firstName->setText(p.legalFirstName);
    m_lastName->setText(p.legalLastName);
    m_preferredName->setText(p.preferredName);
    m_dateOfBirth->setText(Format::date(p.dateOfBirth));
    EnumCombo::select(m_sex, p.sexAtBirth);
    m_gender->setText(p.genderIdentity);
    m_pronouns->setCurrentText(p.pronouns);
    m_phone->setText(p.phone);
    m_email->setText(p.email);
    m_address->setPlainText(p.address);
    m_emergencyName->setText(p.emergencyContact.name);
    m_emergencyRelationship->setText(p.emergencyContact.relationship);
    m_emergencyPhone->setText(p.emergencyContact.phone);
    EnumCombo::select(m_focus, p.primaryFocus);
    m_counselor->setCurrentIndex(qMax(0, m_counselor->findData(p.counselorId)));
    m_referral->setText(p.referralSource);
    EnumCombo::select(m_status, p.status);
    m_diagnoses->setDiagnoses(p.diagnoses);
}

QDate ParticipantForm::parsedDateOfBirth(bool* ok) const
{
    const QString text = m_dateOfBirth->text().trimmed();
    *ok = true;
    if (text.isEmpty())
        return {};
    // The format the form shows, ISO (what other systems export), and the locale's own forms.
    const QLocale locale;
    for (const QString& format : { Format::dateFormat(), QStringLiteral("yyyy-MM-dd"),
             locale.dateFormat(QLocale::ShortFormat), locale.dateFormat(QLocale::LongFormat) }) {
        const QDate date = locale.toDate(text, format);
        if (date.isValid())
            return date;
    }
    *ok = false;
    return {};
}

QList<FieldError> ParticipantForm::inputErrors() const
{
    bool ok = true;
    parsedDateOfBirth(&ok);
    if (ok)
        return {};
    return { { key(ParticipantRules::DateOfBirth),
        tr("This is not a date the form can read; write it like %1.")
            .arg(Format::date(QDate(1985, 4, 12))) } };
}

Participant ParticipantForm::participant() const
{
    m_diagnoses->commitPendingEdit();
    Participant p = m_original;
    p.recordNumber = m_recordNumber->text();
    p.legalFirstName = m_firstName->text();
    p.legalLastName = m_lastName->text();
    p.preferredName = m_preferredName->text();
    bool ok = true;
    p.dateOfBirth = parsedDateOfBirth(&ok);
    p.sexAtBirth = EnumCombo::current<SexAtBirth>(m_sex).value_or(SexAtBirth::Unknown);
    p.genderIdentity = m_gender->text();
    p.pronouns = m_pronouns->currentText();
    p.phone = m_phone->text();
    p.email = m_email->text();
    p.address = m_address->toPlainText();
    p.emergencyContact.name = m_emergencyName->text();
    p.emergencyContact.relationship = m_emergencyRelationship->text();
    p.emergencyContact.phone = m_emergencyPhone->text();
    p.primaryFocus = EnumCombo::current<PrimaryFocus>(m_focus).value_or(PrimaryFocus::SubstanceUse);
    p.counselorId = m_counselor->currentData().toLongLong();
    p.referralSource = m_referral->text();
    p.status = EnumCombo::current<ParticipantStatus>(m_status).value_or(ParticipantStatus::Active);
    p.diagnoses = m_diagnoses->diagnoses();
    return p;
}

void ParticipantForm::setAdmissionVisible(bool visible)
{
    m_careForm->setRowVisible(m_admissionRow, visible);
    // A new participant is admitted, so active; the status choice is for later edits.
    m_careForm->setRowVisible(m_statusRow, !visible);
}

QDate ParticipantForm::admissionDate() const
{
    return m_admissionDate->date();
}

void ParticipantForm::setAdmissionDate(const QDate& date)
{
    m_admissionDate->setDate(date);
}

void ParticipantForm::setAdmissionNote(const QString& text)
{
    m_admissionNote->setText(text);
}

void ParticipantForm::markClean()
{
    m_clean = participant();
    m_cleanDateOfBirth = m_dateOfBirth->text();
    m_cleanAdmission = m_admissionDate->date();
}

bool ParticipantForm::isModified() const
{
    // The raw date text too: an unreadable date is still something the user typed.
    return participant() != m_clean || m_dateOfBirth->text() != m_cleanDateOfBirth
        || m_admissionDate->date() != m_cleanAdmission;
}

QWidget* ParticipantForm::field(const QString& k) const
{
    return findChild<QWidget*>(k);
}

} // namespace stepwise
