// SPDX-License-Identifier: GPL-3.0-or-later
#include "PlanReviewDialog.h"

#include "AppContext.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/Format.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "common/PlainLabel.h"
#include "session/DraftOffer.h"
#include "storage/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace stepwise {

namespace {

QLabel* columnHeading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

// The occasion a review held now most likely is: the one that is due, unless nothing is due
// for a while, when someone asked for it.
ReviewOccasion defaultOccasion(const std::optional<PlanDue>& due)
{
    if (!due)
        return ReviewOccasion::Requested;
    if (due->kind == PlanDueKind::PhaseChange)
        return ReviewOccasion::PhaseChange;
    const QDate today = Clock::instance().today();
    if (due->kind == PlanDueKind::Review && today.daysTo(due->dueDate) <= 7)
        return ReviewOccasion::Scheduled;
    return ReviewOccasion::Requested;
}

QString shortText(const QString& text)
{
    const QString t = text.simplified();
    return t.size() > 60 ? t.left(57) + QStringLiteral("\u2026") : t;
}

} // namespace

PlanReviewDialog::PlanReviewDialog(AppContext& context, const PlanVersion& current,
    const std::optional<PlanDue>& due, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_current(current)
    , m_messageBar(new MessageBar(this))
    , m_draftOffer(new DraftOffer(
          context.database(), QString::fromLatin1(DraftKind), current.participantId, this))
    , m_errors(new FieldErrors(this))
    , m_occasion(new QComboBox(this))
    , m_date(new QDateEdit(Clock::instance().today(), this))
    , m_consequence(new QLabel(this))
    , m_summary(new QPlainTextEdit(this))
    , m_tookPart(new QLineEdit(this))
    , m_present(new QCheckBox(tr("The participant took &part"), this))
{
    setObjectName(QStringLiteral("PlanReviewDialog"));
    setWindowTitle(tr("Treatment Plan Review[*]"));
    Database& db = m_context.database();
    if (auto versions = TreatmentPlanStore(db).versions(current.episodeId)) {
        m_draftInProgress = !versions->isEmpty() && versions->first().isDraft();
    }
    connect(m_draftOffer, &DraftOffer::resumed, this, &PlanReviewDialog::applyDraft);

    auto* intro = new PlainLabel(
        tr("Review of treatment plan version %1, finalized on %2 by %3.")
            .arg(current.version)
            .arg(Format::date(current.finalizedAt.toLocalTime().date()), current.finalizedByName),
        this);
    intro->setWordWrap(true);

    m_occasion->setObjectName(QStringLiteral("occasion"));
    for (ReviewOccasion o : allReviewOccasions())
        m_occasion->addItem(label(o), int(o));
    m_occasion->setCurrentIndex(m_occasion->findData(int(defaultOccasion(due))));
    m_date->setObjectName(QStringLiteral("reviewedOn"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(Format::dateFormat());

    m_consequence->setObjectName(QStringLiteral("consequence"));
    m_consequence->setTextFormat(Qt::PlainText);
    m_consequence->setWordWrap(true);
    m_consequence->setFrameShape(QFrame::StyledPanel);
    m_consequence->setMargin(6);

    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setAccessibleName(tr("Summary of changes"));
    m_summary->setTabChangesFocus(true);
    m_summary->setPlaceholderText(tr("The changes made to the plan, or why it stays as it is"));
    m_summary->setMinimumHeight(m_summary->fontMetrics().lineSpacing() * 3 + 12);
    m_summary->setMaximumHeight(m_summary->fontMetrics().lineSpacing() * 5 + 12);
    m_tookPart->setObjectName(QStringLiteral("tookPart"));
    m_tookPart->setAccessibleName(tr("Who took part"));
    m_tookPart->setPlaceholderText(tr("Names and roles"));
    if (db.session())
        m_initialTookPart = db.session()->name;
    m_tookPart->setText(m_initialTookPart);
    m_present->setObjectName(QStringLiteral("participantPresent"));
    m_present->setChecked(true);

    m_occasion->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_date->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    auto* form = new QFormLayout;
    form->addRow(tr("&Occasion:"), m_occasion);
    form->addRow(tr("Review &date:"), m_errors->wrap(QStringLiteral("reviewed_on"), m_date));

    auto* after = new QFormLayout;
    after->addRow(tr("&Summary of changes:"), m_errors->wrap(QStringLiteral("summary"), m_summary));
    after->addRow(tr("&Who took part:"), m_errors->wrap(QStringLiteral("took_part"), m_tookPart));
    after->addRow(QString(), m_present);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("Record Review"));
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("recordReview"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanReviewDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PlanReviewDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(columnHeading(tr("Progress on each objective"), this));
    layout->addWidget(buildObjectives(), 1);
    layout->addWidget(m_consequence);
    layout->addLayout(after);
    layout->addWidget(buttons);

    connect(
        m_summary, &QPlainTextEdit::textChanged, this, [this] { setWindowModified(isModified()); });
    connect(m_tookPart, &QLineEdit::textEdited, this, [this] { setWindowModified(isModified()); });
    updateConsequence();
    resize(fontMetrics().averageCharWidth() * 150, fontMetrics().height() * 44);
    m_context.unsavedWork().add(this);
}

PlanReviewDialog::~PlanReviewDialog()
{
    m_context.unsavedWork().remove(this);
}

QWidget* PlanReviewDialog::buildObjectives()
{
    auto* area = new QScrollArea(this);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    auto* inner = new QWidget(area);
    auto* grid = new QGridLayout(inner);
    grid->addWidget(columnHeading(tr("Objective"), inner), 0, 0);
    grid->addWidget(columnHeading(tr("Now"), inner), 0, 1);
    grid->addWidget(columnHeading(tr("New status"), inner), 0, 2);
    grid->addWidget(columnHeading(tr("Progress note"), inner), 0, 3);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(3, 3);
    int row = 1;
    int pn = 0;
    for (const PlanProblem& p : m_current.plan.problems) {
        ++pn;
        int gn = 0;
        for (const PlanGoal& g : p.goals) {
            ++gn;
            int on = 0;
            for (const PlanObjective& o : g.objectives) {
                ++on;
                Row r;
                r.objective = o;
                QString text = tr("%1.%2.%3 %4").arg(pn).arg(gn).arg(on).arg(o.text.simplified());
                if (o.targetDate.isValid())
                    text += QLatin1Char('\n') + tr("Target: %1").arg(Format::date(o.targetDate));
                auto* objective = new PlainLabel(text, inner);
                objective->setWordWrap(true);
                auto* now = new QLabel(label(o.status), inner);
                now->setAlignment(Qt::AlignLeft | Qt::AlignTop);
                objective->setAlignment(Qt::AlignLeft | Qt::AlignTop);
                r.status = new QComboBox(inner);
                r.status->setObjectName(QStringLiteral("status.") + o.key);
                r.status->setAccessibleName(
                    tr("New status of objective %1.%2.%3").arg(pn).arg(gn).arg(on));
                for (ObjectiveStatus s : allObjectiveStatuses())
                    r.status->addItem(label(s), int(s));
                r.status->setCurrentIndex(r.status->findData(int(o.status)));
                r.note = new QLineEdit(inner);
                r.note->setObjectName(QStringLiteral("note.") + o.key);
                r.note->setAccessibleName(
                    tr("Progress note for objective %1.%2.%3").arg(pn).arg(gn).arg(on));
                r.note->setPlaceholderText(
                    isClosed(o.status) ? tr("Optional") : tr("What progress was made"));
                connect(r.status, &QComboBox::currentIndexChanged, this,
                    &PlanReviewDialog::updateConsequence);
                connect(r.note, &QLineEdit::textEdited, this,
                    [this] { setWindowModified(isModified()); });
                grid->addWidget(objective, row, 0);
                grid->addWidget(now, row, 1);
                grid->addWidget(r.status, row, 2, Qt::AlignTop);
                grid->addWidget(m_errors->wrap(QStringLiteral("progress.") + o.key, r.note), row, 3,
                    Qt::AlignTop);
                m_rows.append(r);
                ++row;
            }
        }
    }
    if (m_rows.isEmpty())
        grid->addWidget(new QLabel(tr("This version has no objectives."), inner), row++, 0, 1, 4);
    grid->setRowStretch(row, 1);
    area->setWidget(inner);
    area->setMinimumHeight(fontMetrics().lineSpacing() * 8);
    return area;
}

QComboBox* PlanReviewDialog::statusCombo(const QString& objectiveKey) const
{
    for (const Row& r : m_rows) {
        if (r.objective.key == objectiveKey)
            return r.status;
    }
    return nullptr;
}

QLineEdit* PlanReviewDialog::noteEdit(const QString& objectiveKey) const
{
    for (const Row& r : m_rows) {
        if (r.objective.key == objectiveKey)
            return r.note;
    }
    return nullptr;
}

QString PlanReviewDialog::consequenceText() const
{
    return m_consequence->text();
}

void PlanReviewDialog::updateConsequence()
{
    QStringList lines;
    for (const Row& r : m_rows) {
        const auto now = ObjectiveStatus(r.status->currentData().toInt());
        if (now != r.objective.status)
            lines.append(tr("Objective \u201C%1\u201D: %2 \u2192 %3")
                             .arg(shortText(r.objective.text), label(r.objective.status).toLower(),
                                 label(now).toLower()));
    }
    if (lines.isEmpty()) {
        lines.append(tr("No status changes: the review is recorded on version %1, which stays "
                        "the current plan.")
                         .arg(m_current.version));
    } else {
        lines.append(tr("Version %1 will be created with the new statuses and finalized by you "
                        "as part of this review.")
                         .arg(m_current.version + 1));
        if (m_draftInProgress)
            lines.append(tr("The draft in progress becomes version %1 and takes the new "
                            "statuses.")
                             .arg(m_current.version + 2));
    }
    m_consequence->setText(lines.join(QLatin1Char('\n')));
    setWindowModified(isModified());
}

PlanReviewInput PlanReviewDialog::input() const
{
    PlanReviewInput in;
    in.planId = m_current.id;
    in.reviewedOn = m_date->date();
    in.occasion = ReviewOccasion(m_occasion->currentData().toInt());
    for (const Row& r : m_rows)
        in.progress.append({ r.objective.key, ObjectiveStatus(r.status->currentData().toInt()),
            r.note->text().trimmed() });
    in.summary = m_summary->toPlainText();
    in.tookPart = m_tookPart->text();
    in.participantPresent = m_present->isChecked();
    return in;
}

void PlanReviewDialog::accept()
{
    m_messageBar->clear();
    m_errors->clear();
    auto id = TreatmentPlanStore(m_context.database()).recordReview(input());
    if (!id) {
        const QList<FieldError> elsewhere = m_errors->show(id.error().fields);
        QStringList lines;
        for (const FieldError& e : elsewhere)
            lines.append(e.message);
        if (id.error().fields.isEmpty())
            lines.append(tr("The review was not recorded: %1").arg(id.error().message));
        if (!lines.isEmpty())
            m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
        if (QWidget* first = m_errors->firstInvalidField())
            first->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_reviewId = *id;
    m_context.notifyParticipantChanged(m_current.participantId);
    QDialog::accept();
}

void PlanReviewDialog::reject()
{
    if (!m_discarding && result() != QDialog::Accepted && isModified()) {
        const auto answer = MessageBox::question(this, tr("Discard Review?"),
            tr("Discard this review? Nothing has been recorded."),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

QString PlanReviewDialog::unsavedTitle() const
{
    return tr("A treatment plan review not yet recorded");
}

bool PlanReviewDialog::isModified() const
{
    if (m_discarding || result() == QDialog::Accepted)
        return false;
    for (const Row& r : m_rows) {
        if (ObjectiveStatus(r.status->currentData().toInt()) != r.objective.status
            || !r.note->text().trimmed().isEmpty())
            return true;
    }
    return !m_summary->toPlainText().trimmed().isEmpty()
        || m_tookPart->text().trimmed() != m_initialTookPart.trimmed();
}

Draft PlanReviewDialog::draft() const
{
    QJsonObject progress;
    for (const Row& r : m_rows)
        progress.insert(r.objective.key,
            QJsonObject { { QStringLiteral("status"),
                              storageKey(ObjectiveStatus(r.status->currentData().toInt())) },
                { QStringLiteral("note"), r.note->text() } });
    Draft d;
    d.kind = QString::fromLatin1(DraftKind);
    d.subjectId = m_current.participantId;
    d.title = tr("Review of treatment plan version %1").arg(m_current.version);
    d.payload = QJsonObject {
        { QStringLiteral("plan_id"), double(m_current.id) },
        { QStringLiteral("occasion"),
            storageKey(ReviewOccasion(m_occasion->currentData().toInt())) },
        { QStringLiteral("reviewed_on"), m_date->date().toString(Qt::ISODate) },
        { QStringLiteral("progress"), progress },
        { QStringLiteral("summary"), m_summary->toPlainText() },
        { QStringLiteral("took_part"), m_tookPart->text() },
        { QStringLiteral("participant_present"), m_present->isChecked() },
    };
    return d;
}

void PlanReviewDialog::applyDraft(const Draft& draft)
{
    const QJsonObject& p = draft.payload;
    if (Id(p.value(QLatin1String("plan_id")).toDouble()) != m_current.id) {
        m_messageBar->showMessage(tr("The draft was for a version of the plan that has since "
                                     "been replaced, so it does not apply any more."),
            MessageBar::Type::Warning);
        return;
    }
    if (const auto o = parseReviewOccasion(p.value(QLatin1String("occasion")).toString()))
        m_occasion->setCurrentIndex(m_occasion->findData(int(*o)));
    const QDate on
        = QDate::fromString(p.value(QLatin1String("reviewed_on")).toString(), Qt::ISODate);
    if (on.isValid())
        m_date->setDate(on);
    const QJsonObject progress = p.value(QLatin1String("progress")).toObject();
    for (Row& r : m_rows) {
        const QJsonObject o = progress.value(r.objective.key).toObject();
        if (const auto s = parseObjectiveStatus(o.value(QLatin1String("status")).toString()))
            r.status->setCurrentIndex(r.status->findData(int(*s)));
        r.note->setText(o.value(QLatin1String("note")).toString());
    }
    m_summary->setPlainText(p.value(QLatin1String("summary")).toString());
    m_tookPart->setText(p.value(QLatin1String("took_part")).toString());
    m_present->setChecked(p.value(QLatin1String("participant_present")).toBool(true));
    updateConsequence();
    m_messageBar->showMessage(
        tr("Your draft is back in the form. Nothing is recorded until you choose Record Review."),
        MessageBar::Type::Information);
}

void PlanReviewDialog::discard()
{
    m_discarding = true;
    reject();
}

} // namespace stepwise
