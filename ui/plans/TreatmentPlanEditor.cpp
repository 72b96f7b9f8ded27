// SPDX-License-Identifier: GPL-3.0-or-later
#include "TreatmentPlanEditor.h"

#include "AppContext.h"
#include "OptionalDateEdit.h"
#include "PlanTree.h"
#include "common/Clock.h"
#include "common/FieldErrors.h"
#include "common/MessageBar.h"
#include "common/MessageBox.h"
#include "session/DraftOffer.h"
#include "storage/Database.h"
#include "storage/ParticipantStore.h"
#include "storage/StaffStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace stepwise {

namespace {

constexpr int KeyRole = Qt::UserRole;
constexpr int PathRole = Qt::UserRole + 1;

QPlainTextEdit* textField(
    const QString& objectName, const QString& accessibleName, int lines, QWidget* parent)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QLabel* otherErrors(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(p);
    label->hide();
    return label;
}

QLabel* hint(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    QPalette p = label->palette();
    p.setColor(QPalette::WindowText, p.color(QPalette::PlaceholderText));
    label->setPalette(p);
    return label;
}

// The errors of one item ("objective.o2.target_date"), keyed by the field name alone.
QList<FieldError> errorsOf(const QList<FieldError>& errors, const char* kind, const QString& key)
{
    QList<FieldError> mine;
    if (key.isEmpty())
        return mine;
    const QString prefix = QLatin1String(kind) + QLatin1Char('.') + key + QLatin1Char('.');
    for (const FieldError& e : errors) {
        if (e.field.startsWith(prefix))
            mine.append({ e.field.mid(prefix.size()), e.message });
    }
    return mine;
}

// The key an error names ("o2" of "objective.o2.text"), or empty for a plan-wide one.
QString errorKey(const FieldError& e)
{
    const QStringList parts = e.field.split(QLatin1Char('.'));
    return parts.size() == 3 ? parts.at(1) : QString();
}

template<typename T> void moveWithin(QList<T>& list, int from, int to)
{
    if (from >= 0 && to >= 0 && from < list.size() && to < list.size())
        list.move(from, to);
}

} // namespace

TreatmentPlanEditor::TreatmentPlanEditor(AppContext& context, Id participantId, QWidget* parent)
    : QDialog(parent)
    , m_context(context)
    , m_participantId(participantId)
{
    setObjectName(QStringLiteral("TreatmentPlanEditor"));
    Database& db = m_context.database();
    QString name;
    if (auto participant = ParticipantStore(db).get(participantId)) {
        name = participant->displayName();
        for (const Diagnosis& d : participant->diagnoses)
            m_chartCodes.append(d.icd10Code);
        build();
        m_diagnosis->addItem(tr("(none)"), QString());
        for (const Diagnosis& d : participant->diagnoses)
            m_diagnosis->addItem(d.description.isEmpty()
                    ? d.icd10Code
                    : tr("%1 \u2014 %2").arg(d.icd10Code, d.description),
                d.icd10Code);
    } else {
        build();
    }
    setWindowTitle(name.isEmpty() ? tr("Edit Treatment Plan[*]")
                                  : tr("Edit Treatment Plan \u2014 %1[*]").arg(name));
    m_context.unsavedWork().add(this);

    auto draft = TreatmentPlanStore(db).draft(participantId);
    if (!draft) {
        m_messageBar->showMessage(
            tr("The treatment plan cannot be edited: %1").arg(draft.error().message));
        m_heading->setText(tr("No draft is open."));
        setReadOnly(true);
        return;
    }
    loadVersion(*draft);
}

TreatmentPlanEditor::~TreatmentPlanEditor()
{
    m_context.unsavedWork().remove(this);
}

void TreatmentPlanEditor::build()
{
    m_messageBar = new MessageBar(this);
    m_draftOffer = new DraftOffer(
        m_context.database(), QString::fromLatin1(DraftKind), m_participantId, this);
    connect(m_draftOffer, &DraftOffer::resumed, this, &TreatmentPlanEditor::applyDraft);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("heading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    QFont bold = m_heading->font();
    bold.setBold(true);
    m_heading->setFont(bold);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setAccessibleName(tr("Problems, goals, objectives and interventions"));
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::Stretch);
    PlanTree::wrapLongText(m_tree);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        if (m_loading)
            return;
        showCurrent();
        updateButtons();
    });

    m_addProblem = new QPushButton(tr("Add &Problem"), this);
    m_addGoal = new QPushButton(tr("Add &Goal"), this);
    m_addObjective = new QPushButton(tr("Add &Objective"), this);
    m_addIntervention = new QPushButton(tr("Add &Intervention"), this);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_up = new QPushButton(tr("Move &Up"), this);
    m_down = new QPushButton(tr("Move Dow&n"), this);
    m_addProblem->setObjectName(QStringLiteral("addProblem"));
    m_addGoal->setObjectName(QStringLiteral("addGoal"));
    m_addObjective->setObjectName(QStringLiteral("addObjective"));
    m_addIntervention->setObjectName(QStringLiteral("addIntervention"));
    m_remove->setObjectName(QStringLiteral("removeItem"));
    m_up->setObjectName(QStringLiteral("moveUp"));
    m_down->setObjectName(QStringLiteral("moveDown"));
    for (QPushButton* b :
        { m_addProblem, m_addGoal, m_addObjective, m_addIntervention, m_remove, m_up, m_down })
        b->setAutoDefault(false);
    connect(m_addProblem, &QPushButton::clicked, this, &TreatmentPlanEditor::addProblem);
    connect(m_addGoal, &QPushButton::clicked, this, &TreatmentPlanEditor::addGoal);
    connect(m_addObjective, &QPushButton::clicked, this, &TreatmentPlanEditor::addObjective);
    connect(m_addIntervention, &QPushButton::clicked, this, &TreatmentPlanEditor::addIntervention);
    connect(m_remove, &QPushButton::clicked, this, &TreatmentPlanEditor::removeItem);
    connect(m_up, &QPushButton::clicked, this, &TreatmentPlanEditor::moveUp);
    connect(m_down, &QPushButton::clicked, this, &TreatmentPlanEditor::moveDown);

    auto* treeButtons = new QGridLayout;
    treeButtons->addWidget(m_addProblem, 0, 0);
    treeButtons->addWidget(m_addGoal, 0, 1);
    treeButtons->addWidget(m_addObjective, 1, 0);
    treeButtons->addWidget(m_addIntervention, 1, 1);
    treeButtons->addWidget(m_remove, 2, 0);
    auto* order = new QHBoxLayout;
    order->addWidget(m_up);
    order->addWidget(m_down);
    treeButtons->addLayout(order, 2, 1);

    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_tree, 1);
    leftLayout->addLayout(treeButtons);

    m_pages = new QStackedWidget(this);
    auto* nothing = new QWidget(m_pages);
    auto* nothingLayout = new QVBoxLayout(nothing);
    nothingLayout->addWidget(hint(tr("Choose an item in the tree to edit it, or start with Add "
                                     "Problem. Each problem needs a goal, each goal a measurable "
                                     "objective, and each objective an intervention: how the "
                                     "program will work on it."),
        nothing));
    nothingLayout->addStretch(1);
    m_pages->addWidget(nothing);
    m_pages->addWidget(buildProblemPage());
    m_pages->addWidget(buildGoalPage());
    m_pages->addWidget(buildObjectivePage());
    m_pages->addWidget(buildInterventionPage());

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    const int width = fontMetrics().averageCharWidth() * 170;
    splitter->setSizes({ width * 9 / 20, width * 11 / 20 });

    m_changeNote = new QLineEdit(this);
    m_changeNote->setObjectName(QStringLiteral("changeNote"));
    m_changeNote->setAccessibleName(tr("What changed from the previous version"));
    m_changeNote->setPlaceholderText(
        tr("What changed from the previous version, and why (needed to finalize)"));
    connect(m_changeNote, &QLineEdit::textEdited, this, [this] {
        m_errors.removeIf(
            [](const FieldError& e) { return e.field == QLatin1String("change_note"); });
        m_noteErrors->clear();
        setWindowModified(isModified());
    });
    auto* noteHolder = new QWidget(this);
    m_noteErrors = new FieldErrors(noteHolder);
    auto* noteForm = new QFormLayout(noteHolder);
    noteForm->setContentsMargins(0, 0, 0, 0);
    noteForm->addRow(
        tr("What c&hanged:"), m_noteErrors->wrap(QStringLiteral("change_note"), m_changeNote));

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save Draft"), QDialogButtonBox::ActionRole);
    m_finalize = buttons->addButton(tr("Finali&ze\u2026"), QDialogButtonBox::ActionRole);
    m_discard = buttons->addButton(tr("Discard Draft\u2026"), QDialogButtonBox::DestructiveRole);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    m_save->setObjectName(QStringLiteral("saveDraft"));
    m_finalize->setObjectName(QStringLiteral("finalize"));
    m_discard->setObjectName(QStringLiteral("discardDraft"));
    m_save->setToolTip(tr("Save the draft as it is, complete or not (Ctrl+S)"));
    m_finalize->setToolTip(
        tr("Record your agreement as the clinician and lock this version of the plan"));
    // No accept button, so no default one: Enter in a field must not finalize a plan.
    for (QPushButton* b : { m_save, m_finalize, m_discard, close }) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    connect(m_save, &QPushButton::clicked, this, &TreatmentPlanEditor::saveDraft);
    connect(m_finalize, &QPushButton::clicked, this, &TreatmentPlanEditor::finalize);
    connect(m_discard, &QPushButton::clicked, this, &TreatmentPlanEditor::discardDraft);
    connect(close, &QPushButton::clicked, this, &TreatmentPlanEditor::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_save->isEnabled())
            saveDraft();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_draftOffer);
    layout->addWidget(m_heading);
    layout->addWidget(splitter, 1);
    layout->addWidget(noteHolder);
    layout->addWidget(buttons);
    resize(width, fontMetrics().height() * 38);
}

QWidget* TreatmentPlanEditor::buildProblemPage()
{
    auto* page = new QWidget(m_pages);
    m_problemErrors = new FieldErrors(page);
    m_statement = textField(QStringLiteral("statement"), tr("Problem statement"), 3, page);
    m_statement->setPlaceholderText(
        tr("The problem as the assessment found it, e.g. daily alcohol use affecting work"));
    m_diagnosis = new QComboBox(page);
    m_diagnosis->setObjectName(QStringLiteral("diagnosis"));
    m_diagnosis->setAccessibleName(tr("Related diagnosis"));
    m_problemOther = otherErrors(page);
    connect(m_statement, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (PlanProblem* p = problem(currentPath())) {
            p->statement = m_statement->toPlainText();
            refreshCurrentItem();
            fieldEdited("problem", p->key, "statement");
        }
    });
    connect(m_diagnosis, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        if (PlanProblem* p = problem(currentPath())) {
            p->diagnosisCode = m_diagnosis->currentData().toString();
            refreshCurrentItem();
            fieldEdited("problem", p->key, "diagnosis");
        }
    });
    auto* form = new QFormLayout(page);
    form->addRow(hint(tr("Problem"), page));
    form->addRow(
        tr("&Statement:"), m_problemErrors->wrap(QStringLiteral("statement"), m_statement));
    form->addRow(
        tr("Related &diagnosis:"), m_problemErrors->wrap(QStringLiteral("diagnosis"), m_diagnosis));
    form->addRow(hint(tr("Diagnoses come from the participant's chart."), page));
    form->addRow(m_problemOther);
    return page;
}

QWidget* TreatmentPlanEditor::buildGoalPage()
{
    auto* page = new QWidget(m_pages);
    m_goalErrors = new FieldErrors(page);
    m_words = textField(
        QStringLiteral("participantWords"), tr("The goal in the participant's words"), 3, page);
    m_words->setPlaceholderText(tr("As the participant says it: \u201CI want to \u2026\u201D"));
    m_clinical
        = textField(QStringLiteral("clinicalTerms"), tr("The goal in clinical terms"), 3, page);
    m_goalOther = otherErrors(page);
    connect(m_words, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (PlanGoal* g = goal(currentPath())) {
            g->participantWords = m_words->toPlainText();
            refreshCurrentItem();
            fieldEdited("goal", g->key, "participant_words");
        }
    });
    connect(m_clinical, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (PlanGoal* g = goal(currentPath())) {
            g->clinicalTerms = m_clinical->toPlainText();
            refreshCurrentItem();
            fieldEdited("goal", g->key, "clinical_terms");
        }
    });
    auto* form = new QFormLayout(page);
    form->addRow(hint(tr("Goal"), page));
    form->addRow(tr("In the participant's &words:"),
        m_goalErrors->wrap(QStringLiteral("participant_words"), m_words));
    form->addRow(tr("In &clinical terms:"),
        m_goalErrors->wrap(QStringLiteral("clinical_terms"), m_clinical));
    form->addRow(m_goalOther);
    return page;
}

QWidget* TreatmentPlanEditor::buildObjectivePage()
{
    auto* page = new QWidget(m_pages);
    m_objectiveErrors = new FieldErrors(page);
    m_objectiveText
        = textField(QStringLiteral("objectiveText"), tr("Measurable objective"), 3, page);
    m_objectiveText->setPlaceholderText(
        tr("What, how much, by when: e.g. attend 3 groups a week for 4 weeks"));
    m_target = new OptionalDateEdit(tr("Set"), page);
    m_target->setObjectName(QStringLiteral("targetDate"));
    m_target->checkBox()->setAccessibleName(tr("Target date set"));
    m_target->dateEdit()->setAccessibleName(tr("Target date"));
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setAccessibleName(tr("Status"));
    for (ObjectiveStatus s : allObjectiveStatuses())
        m_status->addItem(label(s), int(s));
    m_objectiveOther = otherErrors(page);
    connect(m_objectiveText, &QPlainTextEdit::textChanged, this, [this] {
        if (m_loading)
            return;
        if (PlanObjective* o = objective(currentPath())) {
            o->text = m_objectiveText->toPlainText();
            refreshCurrentItem();
            fieldEdited("objective", o->key, "text");
        }
    });
    connect(m_target, &OptionalDateEdit::dateChanged, this, [this] {
        if (m_loading)
            return;
        if (PlanObjective* o = objective(currentPath())) {
            o->targetDate = m_target->date();
            refreshCurrentItem();
            fieldEdited("objective", o->key, "target_date");
        }
    });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading)
            return;
        if (PlanObjective* o = objective(currentPath())) {
            o->status = ObjectiveStatus(m_status->currentData().toInt());
            refreshCurrentItem();
            setWindowModified(isModified());
        }
    });
    auto* form = new QFormLayout(page);
    form->addRow(hint(tr("Objective"), page));
    form->addRow(tr("&Measurable objective:"),
        m_objectiveErrors->wrap(QStringLiteral("text"), m_objectiveText));
    form->addRow(
        tr("&Target date:"), m_objectiveErrors->wrap(QStringLiteral("target_date"), m_target));
    form->addRow(tr("St&atus:"), m_status);
    form->addRow(hint(tr("A review changes statuses as progress is made; here you correct them "
                         "or mark an objective revised when you reword it."),
        page));
    form->addRow(m_objectiveOther);
    return page;
}

QWidget* TreatmentPlanEditor::buildInterventionPage()
{
    auto* page = new QWidget(m_pages);
    m_interventionErrors = new FieldErrors(page);
    m_service = new QComboBox(page);
    m_service->setObjectName(QStringLiteral("serviceType"));
    m_service->setAccessibleName(tr("Service"));
    m_service->setEditable(true);
    m_service->setInsertPolicy(QComboBox::NoInsert);
    m_service->addItems(TreatmentPlan::suggestedServiceTypes());
    m_frequency = new QComboBox(page);
    m_frequency->setObjectName(QStringLiteral("frequency"));
    m_frequency->setAccessibleName(tr("Frequency"));
    m_frequency->setEditable(true);
    m_frequency->setInsertPolicy(QComboBox::NoInsert);
    m_frequency->addItems({ tr("Weekly"), tr("Twice a week"), tr("3 times a week"), tr("Daily"),
        tr("Every other week"), tr("Monthly"), tr("As needed") });
    m_responsible = new QComboBox(page);
    m_responsible->setObjectName(QStringLiteral("responsible"));
    m_responsible->setAccessibleName(tr("Responsible staff member"));
    m_responsible->setEditable(true);
    m_responsible->setInsertPolicy(QComboBox::NoInsert);
    if (auto staff = StaffStore(m_context.database()).list(false)) {
        for (const StaffMember& m : *staff)
            m_responsible->addItem(m.name, QVariant::fromValue<Id>(m.id));
    }
    m_responsible->lineEdit()->setPlaceholderText(tr("A staff member, or the name of someone "
                                                     "outside the program"));
    m_interventionOther = otherErrors(page);

    connect(m_service, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (m_loading)
            return;
        if (PlanIntervention* i = intervention(currentPath())) {
            i->serviceType = text;
            refreshCurrentItem();
            fieldEdited("intervention", i->key, "service_type");
        }
    });
    connect(m_frequency, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (m_loading)
            return;
        if (PlanIntervention* i = intervention(currentPath())) {
            i->frequency = text;
            refreshCurrentItem();
            fieldEdited("intervention", i->key, "frequency");
        }
    });
    connect(m_responsible, &QComboBox::currentTextChanged, this, [this](const QString& text) {
        if (m_loading)
            return;
        PlanIntervention* i = intervention(currentPath());
        if (!i)
            return;
        const QString name = text.trimmed();
        const int index = m_responsible->findText(name, Qt::MatchFixedString);
        // A staff member who has since left keeps their id as long as the name is untouched.
        if (index >= 0)
            i->responsibleStaffId = m_responsible->itemData(index).value<Id>();
        else if (name != i->responsibleName.trimmed())
            i->responsibleStaffId = 0;
        i->responsibleName = index >= 0 ? m_responsible->itemText(index) : name;
        refreshCurrentItem();
        fieldEdited("intervention", i->key, "responsible");
    });

    auto* form = new QFormLayout(page);
    form->addRow(hint(tr("Intervention"), page));
    form->addRow(
        tr("Ser&vice:"), m_interventionErrors->wrap(QStringLiteral("service_type"), m_service));
    form->addRow(
        tr("&Frequency:"), m_interventionErrors->wrap(QStringLiteral("frequency"), m_frequency));
    form->addRow(tr("Responsi&ble:"),
        m_interventionErrors->wrap(QStringLiteral("responsible"), m_responsible));
    form->addRow(m_interventionOther);
    return page;
}

void TreatmentPlanEditor::loadVersion(const PlanVersion& version)
{
    m_version = version;
    m_plan = version.plan;
    m_savedPlan = version.plan;
    m_savedNote = version.changeNote;
    m_changeNote->setText(version.changeNote);
    m_heading->setText(version.version == 1
            ? tr("Version 1, draft: the first treatment plan of this episode.")
            : tr("Version %1, draft, starting from version %2. Items keep their keys, so "
                 "reviews and the history follow each objective.")
                  .arg(version.version)
                  .arg(version.version - 1));
    m_changeNote->parentWidget()->setVisible(version.version > 1);
    rebuildTree(m_plan.problems.isEmpty() ? Path {} : Path { 0 });
    setWindowModified(false);
}

TreatmentPlanEditor::Path TreatmentPlanEditor::pathOf(const QTreeWidgetItem* item)
{
    if (!item)
        return {};
    const QVariantList v = item->data(0, PathRole).toList();
    if (v.size() != 4)
        return {};
    return { v.at(0).toInt(), v.at(1).toInt(), v.at(2).toInt(), v.at(3).toInt() };
}

TreatmentPlanEditor::Path TreatmentPlanEditor::currentPath() const
{
    return pathOf(m_tree->currentItem());
}

QTreeWidgetItem* TreatmentPlanEditor::itemAt(const Path& path) const
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (pathOf(*it) == path)
            return *it;
    }
    return nullptr;
}

PlanProblem* TreatmentPlanEditor::problem(const Path& path)
{
    if (path.p < 0 || path.p >= m_plan.problems.size())
        return nullptr;
    return &m_plan.problems[path.p];
}

PlanGoal* TreatmentPlanEditor::goal(const Path& path)
{
    PlanProblem* p = problem(path);
    if (!p || path.g < 0 || path.g >= p->goals.size())
        return nullptr;
    return &p->goals[path.g];
}

PlanObjective* TreatmentPlanEditor::objective(const Path& path)
{
    PlanGoal* g = goal(path);
    if (!g || path.o < 0 || path.o >= g->objectives.size())
        return nullptr;
    return &g->objectives[path.o];
}

PlanIntervention* TreatmentPlanEditor::intervention(const Path& path)
{
    PlanObjective* o = objective(path);
    if (!o || path.i < 0 || path.i >= o->interventions.size())
        return nullptr;
    return &o->interventions[path.i];
}

QString TreatmentPlanEditor::keyAt(const Path& path)
{
    switch (path.depth()) {
    case 0:
        return problem(path)->key;
    case 1:
        return goal(path)->key;
    case 2:
        return objective(path)->key;
    case 3:
        return intervention(path)->key;
    }
    return {};
}

void TreatmentPlanEditor::rebuildTree(const Path& select)
{
    m_loading = true;
    m_tree->clear();
    auto add = [](QTreeWidgetItem* item, const QString& key, const Path& path) {
        item->setData(0, KeyRole, key);
        item->setData(0, PathRole, QVariantList { path.p, path.g, path.o, path.i });
    };
    for (int p = 0; p < m_plan.problems.size(); ++p) {
        const PlanProblem& problem = m_plan.problems.at(p);
        auto* pi = new QTreeWidgetItem(m_tree, { PlanTree::problemText(problem, p + 1) });
        add(pi, problem.key, { p });
        QFont bold = pi->font(0);
        bold.setBold(true);
        pi->setFont(0, bold);
        for (int g = 0; g < problem.goals.size(); ++g) {
            const PlanGoal& goal = problem.goals.at(g);
            auto* gi = new QTreeWidgetItem(pi, { PlanTree::goalText(goal, g + 1) });
            add(gi, goal.key, { p, g });
            for (int o = 0; o < goal.objectives.size(); ++o) {
                const PlanObjective& objective = goal.objectives.at(o);
                auto* oi = new QTreeWidgetItem(gi, { PlanTree::objectiveText(objective, o + 1) });
                add(oi, objective.key, { p, g, o });
                for (int i = 0; i < objective.interventions.size(); ++i) {
                    const PlanIntervention& intervention = objective.interventions.at(i);
                    auto* ii
                        = new QTreeWidgetItem(oi, { PlanTree::interventionText(intervention) });
                    add(ii, intervention.key, { p, g, o, i });
                }
            }
        }
    }
    m_tree->expandAll();
    if (QTreeWidgetItem* item = itemAt(select))
        m_tree->setCurrentItem(item);
    m_loading = false;
    markItems();
    showCurrent();
    updateButtons();
}

void TreatmentPlanEditor::refreshCurrentItem()
{
    QTreeWidgetItem* item = m_tree->currentItem();
    const Path path = currentPath();
    switch (path.depth()) {
    case 0:
        item->setText(0, PlanTree::problemText(*problem(path), path.p + 1));
        break;
    case 1:
        item->setText(0, PlanTree::goalText(*goal(path), path.g + 1));
        break;
    case 2:
        item->setText(0, PlanTree::objectiveText(*objective(path), path.o + 1));
        break;
    case 3:
        item->setText(0, PlanTree::interventionText(*intervention(path)));
        break;
    default:
        break;
    }
    setWindowModified(isModified());
}

void TreatmentPlanEditor::showCurrent()
{
    const Path path = currentPath();
    const int depth = path.depth();
    m_loading = true;
    m_pages->setCurrentIndex(depth + 1);
    auto showErrors
        = [this](FieldErrors* errors, QLabel* other, const char* kind, const QString& key) {
              const QList<FieldError> rest = errors->show(errorsOf(m_errors, kind, key));
              QStringList lines;
              for (const FieldError& e : rest)
                  lines.append(e.message);
              other->setText(lines.join(QLatin1Char('\n')));
              other->setVisible(!lines.isEmpty());
          };
    switch (depth) {
    case 0: {
        const PlanProblem& p = *problem(path);
        m_statement->setPlainText(p.statement);
        const QString code = p.diagnosisCode.trimmed();
        int index = m_diagnosis->findData(code);
        if (index < 0) {
            // A code no longer on the chart stays visible so it can be corrected.
            m_diagnosis->addItem(tr("%1 (not on the chart)").arg(code), code);
            index = m_diagnosis->count() - 1;
        }
        m_diagnosis->setCurrentIndex(index);
        showErrors(m_problemErrors, m_problemOther, "problem", p.key);
        break;
    }
    case 1: {
        const PlanGoal& g = *goal(path);
        m_words->setPlainText(g.participantWords);
        m_clinical->setPlainText(g.clinicalTerms);
        showErrors(m_goalErrors, m_goalOther, "goal", g.key);
        break;
    }
    case 2: {
        const PlanObjective& o = *objective(path);
        m_objectiveText->setPlainText(o.text);
        m_target->setDate(o.targetDate);
        m_status->setCurrentIndex(m_status->findData(int(o.status)));
        showErrors(m_objectiveErrors, m_objectiveOther, "objective", o.key);
        break;
    }
    case 3: {
        const PlanIntervention& i = *intervention(path);
        m_service->setEditText(i.serviceType);
        m_frequency->setEditText(i.frequency);
        m_responsible->setEditText(i.responsibleName);
        showErrors(m_interventionErrors, m_interventionOther, "intervention", i.key);
        break;
    }
    default:
        break;
    }
    m_loading = false;
}

void TreatmentPlanEditor::updateButtons()
{
    const Path path = currentPath();
    const bool edit = !m_readOnly;
    m_addProblem->setEnabled(edit);
    m_addGoal->setEnabled(edit && path.p >= 0);
    m_addObjective->setEnabled(edit && path.g >= 0);
    m_addIntervention->setEnabled(edit && path.o >= 0);
    m_remove->setEnabled(edit && path.depth() >= 0);
    int index = -1;
    int siblings = 0;
    switch (path.depth()) {
    case 0:
        index = path.p;
        siblings = int(m_plan.problems.size());
        break;
    case 1:
        index = path.g;
        siblings = int(problem(path)->goals.size());
        break;
    case 2:
        index = path.o;
        siblings = int(goal(path)->objectives.size());
        break;
    case 3:
        index = path.i;
        siblings = int(objective(path)->interventions.size());
        break;
    default:
        break;
    }
    m_up->setEnabled(edit && index > 0);
    m_down->setEnabled(edit && index >= 0 && index + 1 < siblings);
}

void TreatmentPlanEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QWidget* w : std::initializer_list<QWidget*> { m_statement, m_diagnosis, m_words,
             m_clinical, m_objectiveText, m_status, m_service, m_frequency, m_responsible,
             m_changeNote, m_save, m_finalize, m_discard })
        w->setEnabled(!readOnly);
    m_target->setReadOnly(readOnly);
    if (readOnly)
        m_draftOffer->hide();
    updateButtons();
}

void TreatmentPlanEditor::selectAndFocus(const Path& path)
{
    rebuildTree(path);
    setWindowModified(isModified());
    switch (path.depth()) {
    case 0:
        m_statement->setFocus();
        break;
    case 1:
        m_words->setFocus();
        break;
    case 2:
        m_objectiveText->setFocus();
        break;
    case 3:
        m_service->setFocus();
        break;
    default:
        break;
    }
}

void TreatmentPlanEditor::addProblem()
{
    if (m_readOnly)
        return;
    m_plan.problems.append(PlanProblem {});
    selectAndFocus({ int(m_plan.problems.size()) - 1 });
}

void TreatmentPlanEditor::addGoal()
{
    const Path path = currentPath();
    PlanProblem* p = problem(path);
    if (m_readOnly || !p)
        return;
    p->goals.append(PlanGoal {});
    selectAndFocus({ path.p, int(p->goals.size()) - 1 });
}

void TreatmentPlanEditor::addObjective()
{
    const Path path = currentPath();
    PlanGoal* g = goal(path);
    if (m_readOnly || !g)
        return;
    g->objectives.append(PlanObjective {});
    selectAndFocus({ path.p, path.g, int(g->objectives.size()) - 1 });
}

void TreatmentPlanEditor::addIntervention()
{
    const Path path = currentPath();
    PlanObjective* o = objective(path);
    if (m_readOnly || !o)
        return;
    // Whoever writes the plan usually delivers what they add; they can name someone else.
    PlanIntervention i;
    const Database& db = m_context.database();
    if (db.session()) {
        const int me = m_responsible->findData(QVariant::fromValue<Id>(db.actorId()));
        if (me >= 0) {
            i.responsibleStaffId = db.actorId();
            i.responsibleName = m_responsible->itemText(me);
        }
    }
    o->interventions.append(i);
    selectAndFocus({ path.p, path.g, path.o, int(o->interventions.size()) - 1 });
}

void TreatmentPlanEditor::removeItem()
{
    const Path path = currentPath();
    if (m_readOnly || path.depth() < 0)
        return;
    QString question;
    switch (path.depth()) {
    case 0:
        if (!problem(path)->goals.isEmpty())
            question = tr("Remove problem %1 with its goals, objectives and interventions?")
                           .arg(path.p + 1);
        break;
    case 1:
        if (!goal(path)->objectives.isEmpty())
            question = tr("Remove goal %1 with its objectives and interventions?").arg(path.g + 1);
        break;
    case 2:
        if (!objective(path)->key.isEmpty())
            question = tr("Remove objective %1? Reviews of earlier versions still name it. To "
                          "keep it in the plan's history, set its status to Revised or "
                          "Discontinued instead.")
                           .arg(path.o + 1);
        break;
    default:
        break;
    }
    if (!question.isEmpty()
        && MessageBox::question(this, tr("Remove from Plan"), question,
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    Path next = path;
    switch (path.depth()) {
    case 0:
        m_plan.problems.removeAt(path.p);
        next.p = std::min(path.p, int(m_plan.problems.size()) - 1);
        break;
    case 1:
        problem(path)->goals.removeAt(path.g);
        next.g = -1;
        break;
    case 2:
        goal(path)->objectives.removeAt(path.o);
        next.o = -1;
        break;
    case 3:
        objective(path)->interventions.removeAt(path.i);
        next.i = -1;
        break;
    default:
        break;
    }
    rebuildTree(next);
    setWindowModified(isModified());
    m_tree->setFocus();
}

void TreatmentPlanEditor::moveUp()
{
    move(-1);
}

void TreatmentPlanEditor::moveDown()
{
    move(1);
}

void TreatmentPlanEditor::move(int delta)
{
    Path path = currentPath();
    if (m_readOnly)
        return;
    switch (path.depth()) {
    case 0:
        moveWithin(m_plan.problems, path.p, path.p + delta);
        path.p = qBound(0, path.p + delta, int(m_plan.problems.size()) - 1);
        break;
    case 1:
        moveWithin(problem(path)->goals, path.g, path.g + delta);
        path.g = qBound(0, path.g + delta, int(problem(path)->goals.size()) - 1);
        break;
    case 2:
        moveWithin(goal(path)->objectives, path.o, path.o + delta);
        path.o = qBound(0, path.o + delta, int(goal(path)->objectives.size()) - 1);
        break;
    case 3:
        moveWithin(objective(path)->interventions, path.i, path.i + delta);
        path.i = qBound(0, path.i + delta, int(objective(path)->interventions.size()) - 1);
        break;
    default:
        return;
    }
    rebuildTree(path);
    setWindowModified(isModified());
}

void TreatmentPlanEditor::fieldEdited(const char* kind, const QString& key, const char* field)
{
    setWindowModified(isModified());
    if (key.isEmpty())
        return;
    const QString name
        = QLatin1String(kind) + QLatin1Char('.') + key + QLatin1Char('.') + QLatin1String(field);
    if (m_errors.removeIf([&](const FieldError& e) { return e.field == name; }) == 0)
        return;
    markItems();
    // Only the corrected field loses its mark; the text being typed is left alone.
    FieldErrors* errors = nullptr;
    QLabel* other = nullptr;
    switch (currentPath().depth()) {
    case 0:
        errors = m_problemErrors;
        other = m_problemOther;
        break;
    case 1:
        errors = m_goalErrors;
        other = m_goalOther;
        break;
    case 2:
        errors = m_objectiveErrors;
        other = m_objectiveOther;
        break;
    case 3:
        errors = m_interventionErrors;
        other = m_interventionOther;
        break;
    default:
        return;
    }
    const QList<FieldError> rest = errors->show(errorsOf(m_errors, kind, key));
    QStringList lines;
    for (const FieldError& e : rest)
        lines.append(e.message);
    other->setText(lines.join(QLatin1Char('\n')));
    other->setVisible(!lines.isEmpty());
}

QStringList TreatmentPlanEditor::itemErrors(const QString& key) const
{
    QStringList messages;
    for (const FieldError& e : m_errors) {
        if (!key.isEmpty() && errorKey(e) == key)
            messages.append(e.message);
    }
    return messages;
}

void TreatmentPlanEditor::markItems()
{
    const QIcon warning = style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        QTreeWidgetItem* item = *it;
        const QStringList messages = itemErrors(item->data(0, KeyRole).toString());
        item->setIcon(0, messages.isEmpty() ? QIcon() : warning);
        item->setToolTip(0, messages.join(QLatin1Char('\n')));
        item->setForeground(0, messages.isEmpty() ? QBrush() : QBrush(QColor(0xa8, 0x1e, 0x1e)));
    }
}

bool TreatmentPlanEditor::saveDraft()
{
    return save(false);
}

bool TreatmentPlanEditor::save(bool quiet)
{
    if (m_readOnly || !isOpen())
        return false;
    m_messageBar->clear();
    auto saved = TreatmentPlanStore(m_context.database())
                     .saveDraft(m_version.id, m_plan, m_changeNote->text());
    if (!saved) {
        showRefusal(saved.error(), tr("The draft was not saved."));
        return false;
    }
    // New items now have keys; the structure is unchanged, so the form being typed in stays.
    m_plan = *saved;
    m_savedPlan = m_plan;
    m_savedNote = m_changeNote->text().trimmed();
    m_everSaved = true;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        const Path path = pathOf(*it);
        if (path.depth() >= 0)
            (*it)->setData(0, KeyRole, keyAt(path));
    }
    markItems();
    setWindowModified(false);
    if (!quiet)
        m_messageBar->showMessage(
            tr("Draft saved at %1.")
                .arg(QLocale().toString(Clock::instance().now().time(), QLocale::ShortFormat)),
            MessageBar::Type::Positive);
    m_context.notifyParticipantChanged(m_participantId);
    return true;
}

bool TreatmentPlanEditor::finalize()
{
    if (m_readOnly || !isOpen())
        return false;
    if (!save(true))
        return false;
    // The store checks all of this again; asking first spares a confirmation that fails.
    QList<FieldError> problems = m_plan.validate(m_chartCodes);
    if (m_version.version > 1 && m_changeNote->text().trimmed().isEmpty())
        problems.append({ QStringLiteral("change_note"),
            tr("Say what changed from version %1.").arg(m_version.version - 1) });
    if (!problems.isEmpty()) {
        showRefusal(Error::validation(problems),
            tr("Version %1 was not finalized.").arg(m_version.version));
        return false;
    }
    const auto answer = MessageBox::question(this, tr("Finalize Treatment Plan"),
        tr("Finalize version %1 of the treatment plan?\n\nFinalizing records your agreement "
           "with the plan as the clinician, with today's date and time. This version can then "
           "no longer be changed: later changes make a new version. The participant's "
           "agreement is recorded separately.")
            .arg(m_version.version),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return false;
    if (Status s = TreatmentPlanStore(m_context.database()).finalize(m_version.id); !s) {
        showRefusal(s.error(), tr("Version %1 was not finalized.").arg(m_version.version));
        return false;
    }
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::accept();
    return true;
}

void TreatmentPlanEditor::showRefusal(const Error& error, const QString& what)
{
    if (error.fields.isEmpty()) {
        m_messageBar->showMessage(tr("%1 %2").arg(what, error.message));
        return;
    }
    m_errors = error.fields;
    QStringList planWide;
    QList<FieldError> note;
    for (const FieldError& e : m_errors) {
        if (e.field == QLatin1String("change_note"))
            note.append(e);
        else if (errorKey(e).isEmpty())
            planWide.append(e.message);
    }
    m_noteErrors->show(note);
    markItems();
    int items = 0;
    QTreeWidgetItem* first = nullptr;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!itemErrors((*it)->data(0, KeyRole).toString()).isEmpty()) {
            ++items;
            if (!first)
                first = *it;
        }
    }
    QStringList lines;
    if (items > 0)
        lines.append(tr("%1 %2").arg(what,
            items == 1 ? tr("1 item needs attention; it is marked in the tree.")
                       : tr("%1 items need attention; they are marked in the tree.").arg(items)));
    else
        lines.append(what);
    lines.append(planWide);
    for (const FieldError& e : note)
        lines.append(e.message);
    m_messageBar->showMessage(lines.join(QLatin1Char('\n')));
    if (first) {
        m_tree->setCurrentItem(first);
        showCurrent();
        for (FieldErrors* errors :
            { m_problemErrors, m_goalErrors, m_objectiveErrors, m_interventionErrors }) {
            if (QWidget* field = errors->firstInvalidField(); field && field->isVisible()) {
                field->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
    } else if (!note.isEmpty()) {
        m_changeNote->setFocus(Qt::OtherFocusReason);
    }
}

void TreatmentPlanEditor::discardDraft()
{
    if (m_readOnly || !isOpen())
        return;
    const auto answer = MessageBox::question(this, tr("Discard Draft"),
        m_version.version == 1
            ? tr("Discard the draft treatment plan? Everything in it is removed.")
            : tr("Discard the draft of version %1? Everything changed in it is removed; version "
                 "%2 stays the current plan.")
                  .arg(m_version.version)
                  .arg(m_version.version - 1),
        QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return;
    if (Status s = TreatmentPlanStore(m_context.database()).discardDraft(m_version.id); !s) {
        m_messageBar->showMessage(tr("The draft was not discarded: %1").arg(s.error().message));
        return;
    }
    m_discarding = true;
    m_context.notifyParticipantChanged(m_participantId);
    QDialog::reject();
}

void TreatmentPlanEditor::reject()
{
    if (!m_discarding && result() != QDialog::Accepted && isModified()) {
        const auto answer = MessageBox::question(this, tr("Unsaved Changes"),
            tr("Save your changes to the draft before closing?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel)
            return;
        if (answer == QMessageBox::Save && !save(true))
            return;
        if (answer == QMessageBox::Discard)
            m_plan = m_savedPlan;
    }
    // Opening the editor started a draft; one nobody wrote in is not worth keeping, and
    // leaving it would show a draft in progress on the chart.
    const Database& db = m_context.database();
    if (isOpen() && !m_readOnly && !m_everSaved && m_version.createdAt == m_version.updatedAt
        && m_version.createdBy == db.actorId() && m_version.plan == m_savedPlan) {
        if (TreatmentPlanStore(m_context.database()).discardDraft(m_version.id))
            m_context.notifyParticipantChanged(m_participantId);
    }
    QDialog::reject();
}

QString TreatmentPlanEditor::unsavedTitle() const
{
    return tr("Treatment plan changes not yet saved");
}

bool TreatmentPlanEditor::isModified() const
{
    return !m_discarding && !m_readOnly && isOpen() && result() != QDialog::Accepted
        && (m_plan != m_savedPlan || m_changeNote->text().trimmed() != m_savedNote.trimmed());
}

Draft TreatmentPlanEditor::draft() const
{
    Draft d;
    d.kind = QString::fromLatin1(DraftKind);
    d.subjectId = m_participantId;
    d.title = tr("Treatment plan, version %1").arg(m_version.version);
    d.payload = QJsonObject { { QStringLiteral("plan_id"), double(m_version.id) },
        { QStringLiteral("plan"), m_plan.toJson() },
        { QStringLiteral("change_note"), m_changeNote->text() } };
    return d;
}

void TreatmentPlanEditor::applyDraft(const Draft& draft)
{
    if (m_readOnly)
        return;
    auto plan = TreatmentPlan::fromJson(draft.payload.value(QLatin1String("plan")).toObject());
    if (!plan) {
        m_messageBar->showMessage(
            tr("The draft could not be read back: %1").arg(plan.error().message));
        return;
    }
    m_plan = *plan;
    m_changeNote->setText(draft.payload.value(QLatin1String("change_note")).toString());
    rebuildTree(m_plan.problems.isEmpty() ? Path {} : Path { 0 });
    setWindowModified(isModified());
    m_messageBar->showMessage(
        tr("Your unsaved changes are back in the editor. Nothing is saved until you choose Save "
           "Draft or Finalize."),
        MessageBar::Type::Information);
}

void TreatmentPlanEditor::discard()
{
    m_discarding = true;
    reject();
}

} // namespace stepwise
