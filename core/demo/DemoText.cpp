// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoText.h"

#include "recovery/Analyte.h"

namespace stepwise::demo::DemoText {

namespace {

QString utf8(const char* text)
{
    return QString::fromUtf8(text);
}

template<typename List> QString pick(DemoRandom& rng, const List& list)
{
    return utf8(rng.pick(list));
}

// `count` distinct entries of `list`, in the list's order.
template<typename List> QStringList some(DemoRandom& rng, const List& list, int count)
{
    const int n = int(std::size(list));
    count = std::min(count, n);
    QList<bool> chosen(n, false);
    for (int left = count; left > 0;) {
        const int i = rng.between(0, n - 1);
        if (!chosen[i]) {
            chosen[i] = true;
            --left;
        }
    }
    QStringList out;
    for (int i = 0; i < n; ++i) {
        if (chosen[i])
            out.append(utf8(list[i]));
    }
    return out;
}

// ---- Treatment plans -----------------------------------------------------------------------

constexpr ObjectiveText alcoholObjectives[] = {
    { "Stay alcohol-free for 30 consecutive days, confirmed by negative EtG screens.",
        "Toxicology screening", "weekly", 6 },
    { "Rehearse a drink refusal script in 3 group role plays and use it once in a real situation.",
        "Group therapy", "3 times a week", 4 },
};
constexpr ObjectiveText opioidObjectives[] = {
    { "Carry naloxone at all times and name 2 people who know how to use it.", "Psychoeducation",
        "once", 2 },
    { "Provide observed screens negative for fentanyl and other non-prescribed opioids for 4 "
      "consecutive weeks.",
        "Toxicology screening", "weekly", 6 },
};
constexpr ObjectiveText stimulantObjectives[] = {
    { "Keep a regular sleep schedule (7 hours, same bedtime) on 5 nights a week for 4 weeks.",
        "Individual counseling", "weekly", 5 },
    { "Fill 3 evenings a week with planned activities that do not involve use (activity log).",
        "Individual counseling", "weekly", 6 },
};
constexpr ObjectiveText cannabisObjectives[] = {
    { "Go 4 weeks without cannabis, confirmed by negative THC screens after the washout period.",
        "Toxicology screening", "weekly", 8 },
    { "Replace the evening use routine with 2 new wind-down activities, logged daily.",
        "Individual counseling", "weekly", 4 },
};
constexpr ObjectiveText sedativeObjectives[] = {
    { "Follow the prescriber's taper schedule with no doses beyond it, confirmed at each visit.",
        "Medication management", "every other week", 8 },
    { "Use paced breathing or grounding instead of an extra dose when anxious, logged daily.",
        "Individual counseling", "weekly", 4 },
};
constexpr ObjectiveText nicotineObjectives[] = {
    { "Cut down to 5 cigarettes a day or fewer with nicotine replacement, then set a quit date.",
        "Individual counseling", "every other week", 8 },
};
constexpr ObjectiveText depressionObjectives[] = {
    { "Lower the PHQ-9 score to below 10 on two administrations in a row.", "Individual counseling",
        "weekly", 8 },
    { "Schedule and complete 3 pleasant or mastery activities a week (behavioral activation "
      "log).",
        "Individual counseling", "weekly", 4 },
    { "Get up by 8 am and out of the house once a day on 5 days a week for 4 weeks.",
        "Group therapy", "3 times a week", 5 },
};
constexpr ObjectiveText anxietyObjectives[] = {
    { "Lower the GAD-7 score to below 10 on two administrations in a row.", "Individual counseling",
        "weekly", 8 },
    { "Practice a relaxation skill (paced breathing or progressive muscle relaxation) daily and "
      "log it for 4 weeks.",
        "Psychoeducation", "weekly", 4 },
    { "Challenge 3 anxious thoughts a week on a thought record and bring it to session.",
        "Individual counseling", "weekly", 6 },
};
constexpr ObjectiveText panicObjectives[] = {
    { "Reduce panic attacks from about 4 a week to 1 or fewer, tracked in a panic diary.",
        "Individual counseling", "weekly", 8 },
    { "Complete the assigned interoceptive exposure exercises twice a week.",
        "Individual counseling", "weekly", 6 },
};
constexpr ObjectiveText traumaObjectives[] = {
    { "Use 2 grounding skills when trauma reminders occur and rate their effect in session.",
        "Individual counseling", "weekly", 4 },
    { "Complete 4 psychoeducation sessions on trauma, sleep and substance use.", "Psychoeducation",
        "weekly", 5 },
    { "Reduce nightmares to 2 or fewer a week, tracked in a sleep log.", "Individual counseling",
        "weekly", 8 },
};
constexpr ObjectiveText bipolarObjectives[] = {
    { "Track mood and sleep daily on a mood chart and bring it to every session.",
        "Individual counseling", "weekly", 6 },
    { "Name 3 early warning signs of mania or depression and an action for each.",
        "Psychoeducation", "weekly", 4 },
};
constexpr ObjectiveText adjustmentObjectives[] = {
    { "Name the 3 main stressors of the recent change and a step for each, reviewed weekly.",
        "Individual counseling", "weekly", 4 },
    { "Keep a daily routine with work or job search on 5 days a week for 4 weeks.",
        "Case management", "every other week", 6 },
};
constexpr ObjectiveText attentionObjectives[] = {
    { "Use a daily planner for appointments, with no missed program sessions for 4 weeks.",
        "Case management", "weekly", 5 },
};
constexpr ObjectiveText personalityObjectives[] = {
    { "Use 2 distress-tolerance skills instead of self-harm or use when distressed, logged on a "
      "diary card.",
        "Individual counseling", "weekly", 8 },
    { "Complete the emotion regulation skills module with all homework handed in.", "Group therapy",
        "weekly", 8 },
};

constexpr ObjectiveText commonSubstanceObjectives[] = {
    { "Attend at least 90% of scheduled IOP groups for the next 6 weeks.", "Group therapy",
        "3 times a week", 6 },
    { "Provide observed drug screens negative for %1 for 4 consecutive weeks.",
        "Toxicology screening", "weekly", 5 },
    { "Write down 5 personal triggers for %1 use and a coping response for each in the relapse "
      "prevention plan.",
        "Individual counseling", "weekly", 3 },
    { "Attend 2 community support meetings (AA, NA or SMART Recovery) a week and report on them "
      "in group.",
        "Case management", "weekly", 8 },
    { "Keep a daily cravings log for 4 weeks and review it in each individual session.",
        "Individual counseling", "weekly", 4 },
    { "Name 3 sober supports and call one of them at least twice a week.", "Individual counseling",
        "weekly", 4 },
};

constexpr ObjectiveText medication = { "Take %1 as prescribed, with no missed doses reported, "
                                       "for 30 days.",
    "Medication management", "monthly", 6 };

const ConcernText concernTexts[] = {
    // Alcohol
    { { "Alcohol use disorder: drinking most days, unable to cut down, blackouts and a recent "
        "DUI arrest.",
          "Alcohol use disorder: drinking to cope with stress, conflict at home about drinking, "
          "missed work." },
        { "I want to stop drinking and get my life back.",
            "I don't want to lose my family over drinking." },
        { "Achieve and maintain abstinence from alcohol.",
            "Sustain abstinence from alcohol and repair family relationships." },
        alcoholObjectives },
    // Opioid
    { { "Opioid use disorder: daily use of non-prescribed opioids including fentanyl, withdrawal "
        "when stopping, one overdose last year.",
          "Opioid use disorder: started on prescribed pain medication, now using street opioids; "
          "financial and legal problems." },
        { "I want to stay clean and be there for my kids.",
            "I'm tired of being sick every morning." },
        { "Achieve abstinence from illicit opioids with medication support.",
            "Establish stable recovery from opioid use and reduce overdose risk." },
        opioidObjectives },
    // Stimulant
    { { "Stimulant use disorder: methamphetamine use in binges, poor sleep, paranoia while "
        "using, recent loss of housing.",
          "Stimulant use disorder: daily methamphetamine use to stay awake at work; weight loss "
          "and irritability." },
        { "I want to sleep, eat and think straight again.", "I want to keep a roof over my head." },
        { "Achieve abstinence from stimulants and stabilize sleep and housing.",
            "Establish abstinence from methamphetamine and restore daily functioning." },
        stimulantObjectives },
    // Cocaine
    { { "Cocaine use disorder: weekend binges escalating to weekdays, spending beyond means, "
        "strained relationships.",
          "Cocaine use disorder: use with alcohol at parties, then alone; debts and a warning at "
          "work." },
        { "I want to stop wasting my paycheck.", "I want my partner to trust me again." },
        { "Achieve and maintain abstinence from cocaine.",
            "Sustain abstinence from cocaine and rebuild financial stability." },
        stimulantObjectives },
    // Cannabis
    { { "Cannabis use disorder: daily use from waking, low motivation, unable to stop despite a "
        "workplace testing policy.",
          "Cannabis use disorder: using every evening to sleep; irritability and poor sleep when "
          "stopping." },
        { "I want to pass my work screens and feel motivated.",
            "I want to fall asleep without smoking." },
        { "Achieve abstinence from cannabis and develop sleep and coping skills.",
            "Establish abstinence from cannabis and improve motivation and routine." },
        cannabisObjectives },
    // Sedative
    { { "Sedative use disorder: taking alprazolam beyond the prescription, mixing with alcohol, "
        "two failed tapers.",
          "Sedative use disorder: buying benzodiazepines to manage anxiety; memory gaps." },
        { "I want to handle my anxiety without pills.", "I want to come off these safely." },
        { "Complete a supervised taper and manage anxiety without misuse of sedatives.",
            "Eliminate non-prescribed sedative use and build anxiety coping skills." },
        sedativeObjectives },
    // Nicotine
    { { "Nicotine dependence: a pack a day; smoking is tied to cravings for other substances.",
          "Nicotine dependence: vaping throughout the day; wants to quit with the rest of their "
          "recovery." },
        { "I want to quit smoking too.", "I want to breathe better." },
        { "Reduce and stop tobacco use.", "Achieve tobacco abstinence with nicotine replacement." },
        nicotineObjectives },
    // Depression
    { { "Major depression: low mood most days, loss of interest, poor sleep and withdrawal from "
        "family.",
          "Depressive episode: hopelessness, low energy and missed work; uses substances to lift "
          "mood." },
        { "I want to feel like myself again.", "I want to get out of bed and enjoy things." },
        { "Reduce depressive symptoms and restore daily functioning.",
            "Improve mood and activity level; reduce use of substances to manage mood." },
        depressionObjectives },
    // Anxiety
    { { "Generalized anxiety: constant worry, muscle tension and poor sleep; drinks or uses to "
        "calm down.",
          "Generalized anxiety: worry about work and money most of the day, avoidance of calls "
          "and mail." },
        { "I want to stop worrying all the time.", "I want to calm down without using." },
        { "Reduce anxiety symptoms and develop coping skills.",
            "Decrease worry and avoidance; replace substance use with coping skills." },
        anxietyObjectives },
    // Panic
    { { "Panic disorder: attacks several times a week, avoids stores and buses.",
          "Panic disorder: fear of attacks keeps them home; uses sedatives to leave the house." },
        { "I want to go to the store without panicking.", "I want to ride the bus again." },
        { "Reduce frequency and severity of panic attacks and avoidance.",
            "Decrease panic attacks and agoraphobic avoidance." },
        panicObjectives },
    // Trauma
    { { "Post-traumatic stress: nightmares, startle and avoidance since an assault; uses to "
        "sleep.",
          "Post-traumatic stress: intrusive memories and hypervigilance; isolating at home." },
        { "I want to sleep through the night and feel safe.",
            "I want the memories to stop running my life." },
        { "Reduce trauma symptoms and strengthen coping without substances.",
            "Decrease intrusive symptoms and avoidance; build safety and grounding skills." },
        traumaObjectives },
    // Bipolar
    { { "Bipolar II disorder: depressive episodes with periods of little sleep and impulsive "
        "spending; irregular medication use.",
          "Bipolar II disorder: mood swings worsened by substance use and shift work." },
        { "I want to keep my moods steady.", "I want to stay on an even keel." },
        { "Maintain mood stability through medication adherence and early warning signs.",
            "Stabilize mood and sleep; reduce substance use that triggers episodes." },
        bipolarObjectives },
    // Adjustment
    { { "Adjustment disorder: anxiety and low mood since a divorce and a move.",
          "Adjustment disorder: distress after a job loss; drinking more since." },
        { "I want to handle the changes in my life.", "I want to get back on my feet." },
        { "Improve coping with recent life stressors.",
            "Reduce distress and restore routine after the recent loss." },
        adjustmentObjectives },
    // Attention
    { { "Attention-deficit disorder: disorganization, missed appointments and unfinished tasks.",
          "Attention-deficit disorder: trouble following through at work; uses stimulants to "
          "focus." },
        { "I want to stay organized and finish what I start.",
            "I want to stop missing appointments." },
        { "Improve organization and follow-through.",
            "Build organizational strategies and reduce self-medication." },
        attentionObjectives },
    // Personality
    { { "Borderline personality disorder: intense mood shifts, conflict in relationships and "
        "impulsive use when upset.",
          "Borderline personality disorder: fear of abandonment, self-harm history, use to numb "
          "feelings." },
        { "I want to stop blowing up at the people I love.",
            "I want to handle big feelings without hurting myself." },
        { "Improve emotion regulation and interpersonal effectiveness.",
            "Reduce impulsive behaviors and build distress tolerance skills." },
        personalityObjectives },
};

const char* const unchangedSummaries[] = {
    ("Reviewed each objective with the participant; progress continues and the plan stays as it "
     "is."),
    "Plan reviewed in the team meeting and with the participant; no changes needed this month.",
    "Participant reports the plan still fits; objectives continue unchanged.",
};
const char* const changedSummaries[] = {
    "Reviewed progress; objectives the participant has met are marked met and the others "
    "continue.",
    "Steady progress this month; statuses updated, remaining objectives kept with the same "
    "target dates.",
    "Participant has started work on the remaining objectives; statuses updated.",
};
const char* const phaseSummaries[] = {
    "Reviewed at the phase change: the plan continues in the new phase with statuses updated.",
    "Phase change review with the participant and the team; interventions continue at the new "
    "phase's frequency.",
};
const char* const metNotes[] = { "Met and sustained.", "Met; participant proud of this.",
    "Met, confirmed in session.", "Met ahead of the target date." };
const char* const progressNotes[] = { "Working on it; some progress.", "Started, not yet steady.",
    "About half way there.", "Progress slowed by a stressful month.", "On track." };

// ---- Relapse prevention and aftercare -----------------------------------------------------

const char* const substanceTriggers[] = { "Payday and having cash on hand", "Friends who still use",
    "Driving past the old neighborhood", "Loud parties and bars", "Being alone in the evening",
    "Arguments with my partner", "Stress at work", "Holidays and family gatherings",
    "Physical pain", "Boredom on weekends", "Seeing paraphernalia on TV",
    "Poor sleep for several nights" };
const char* const moodTriggers[] = { "Poor sleep for several nights", "Being alone in the evening",
    "Arguments with my partner", "Stress at work", "Anniversaries of hard events", "Money worries",
    "Criticism from family", "Skipping meals", "Long weekends without plans" };
const char* const warningSignText[] = { "Skipping meetings or groups",
    ("Isolating and not answering "
     "the phone"),
    "Romanticizing past use", "Sleeping poorly for several nights", "Irritable with family",
    "Thinking 'just one won't hurt'", "Keeping secrets from my sponsor", "Stopping my medication",
    "Dropping my routine" };
const char* const substanceCoping[] = { "Call my sponsor before acting on a craving",
    "Leave the situation and take a 20-minute walk", "Use the urge-surfing exercise from group",
    "Go to an evening meeting", "Text the group chat", "Play basketball at the community center",
    "Practice paced breathing for 5 minutes", "HALT check: eat, rest, call someone",
    "Play the tape forward to the morning after" };
const char* const moodCoping[] = { "Practice paced breathing for 5 minutes",
    "Take a 20-minute walk outside", "Call a friend or my sister",
    ("Use the grounding exercise "
     "(5 things I can see)"),
    "Write in my journal", "Keep my bedtime routine", "Plan one pleasant activity for tomorrow" };

constexpr ProviderText therapyProviders[] = {
    { "Riverbend Counseling Center", "Weekly outpatient therapy; sliding-scale fee." },
    { "Cedar Hollow Behavioral Health", "Continuing-care group on Tuesday evenings." },
    { "Lantern Street Therapy Group", "Trauma-informed individual therapy." },
    { "Northgate Family Services", "Outpatient counseling; family sessions available." },
    { "Willow Bend Recovery Clinic", "Standard outpatient, one session a week." },
};
constexpr ProviderText prescriberClinics[] = {
    { "Eastside Community Medical Clinic", "Monthly visits with the prescriber." },
    { "Harborview Addiction Medicine", "Medication visits every two weeks, then monthly." },
    { "Meadowbrook Psychiatry Associates", "Medication follow-up every 4-6 weeks." },
};

const MeetingText meetingTexts[] = {
    { 0, "Tuesday Night Big Book", { Qt::Tuesday }, 19, 0, "Grace Community Hall, room 2", true },
    { 0, "Early Birds AA", { Qt::Monday, Qt::Wednesday, Qt::Friday }, 7, 0, "Alano Club", true },
    { 0, "Clean and Serene NA", { Qt::Thursday }, 19, 30, "St. Brendan's parish hall", true },
    { 0, "Saturday Morning Steps", { Qt::Saturday }, 9, 0, "Alano Club", true },
    { 1, "SMART Recovery online", { Qt::Wednesday }, 18, 0, "", true },
    { 1, "SMART Recovery at the library", { Qt::Saturday }, 10, 30,
        "Eastside Library, meeting "
        "room",
        true },
    { 2, "Dharma Recovery meditation", { Qt::Sunday }, 17, 0, "Lotus Yoga Studio", true },
    { 2, "Dual Recovery Anonymous", { Qt::Monday }, 18, 30, "Riverside Wellness Center", true },
    { 2, "Peer support group for depression", { Qt::Tuesday }, 18, 0, "", false },
    { 2, "Anxiety and mood peer group", { Qt::Thursday }, 17, 30, "Riverside Wellness Center",
        false },
};

const char* const residences[] = { "Harbor House", "Maple Street Recovery Residence",
    "Oak Grove Sober Living", "Second Wind House", "Juniper Commons" };

// ---- Progress notes -----------------------------------------------------------------------

const char* const substanceReports[] = {
    ("no use since the last session and two cravings this week, managed by calling a support "
     "person"),
    "a stressful week at work and urges to use on Friday, which passed after a long walk",
    "going to two meetings and getting a sponsor's phone number",
    "sleeping better, six to seven hours most nights",
    "an argument with a family member and feeling low afterwards, without using",
    "finishing the triggers worksheet and wanting to go over it",
    "going to a first SMART Recovery meeting and finding it useful",
    "avoiding a party where friends would be using",
    "a strong craving after payday; left cash at home as planned",
    "feeling more confident about saying no to old friends",
};
const char* const lapseReports[] = {
    "a lapse this week after a family argument, and feeling ashamed about it",
    "using once after a long shift and telling their sponsor the next morning",
    "a return to use that started with meeting an old friend who still uses",
};
const char* const moodReports[] = {
    "mood a little better this week, with two good days in a row",
    "worry about money keeping them up at night",
    "getting out for a walk three times as planned",
    "a hard anniversary this week, handled by staying with family",
    "fewer panic symptoms at the store than last month",
    "sleeping better since keeping a regular bedtime",
    "feeling tired and flat most of the week",
};
const char* const presentations[] = {
    "Arrived on time, casually dressed, good eye contact.",
    "Appeared tired but engaged; speech normal in rate and volume.",
    "Anxious at the start, more relaxed by the end of the hour.",
    "Mood described as \"okay, a bit tired\"; affect mildly constricted.",
    "Bright affect, talkative, laughed appropriately.",
    "Quiet at first, opened up when discussing family.",
};
const char* const assessments[] = {
    "Making steady progress toward plan objectives; engagement is good.",
    "Insight improving; still tends to minimize the role of stress in cravings.",
    "Motivation fluctuating; ambivalence about abstinence explored without judgement.",
    "Coping skills are being used outside sessions, a good sign for the next phase.",
    "Progress slower than expected; attendance has slipped and was discussed.",
    "Mood improving in line with the latest PHQ-9; continues to benefit from structure.",
};
const char* const riskLines[] = {
    "Denies suicidal ideation, intent or plan; no safety concerns today.",
    "No risk indicators noted; participant knows how to reach the crisis line (988).",
    "Denies thoughts of self-harm; protective factors: children, work, faith community.",
};
const char* const interventions[] = {
    "Used motivational interviewing to explore reasons for change.",
    "Reviewed the relapse prevention plan and added two coping strategies.",
    "Taught and rehearsed paced breathing for cravings and anxiety.",
    "Practiced a drink and drug refusal script in role play.",
    "Used a cognitive restructuring worksheet on an automatic thought from the week.",
    "Reviewed the cravings log and identified the evening as the high-risk time.",
    "Problem-solved transportation to the outpatient intake.",
};
const char* const responses[] = {
    "Participant engaged and identified two situations to practice in.",
    "Receptive; practiced the skill in session and rated it helpful.",
    "Some resistance at first, then agreed to try the plan for a week.",
    "Engaged well and set a concrete goal for the coming week.",
};
const char* const homework[] = {
    "complete the cravings log daily",
    "practice paced breathing twice a day",
    "attend two support meetings",
    "add two coping strategies to the relapse prevention plan",
    "schedule three pleasant activities",
    "call the outpatient therapist to book an intake",
    "keep the sleep log",
    "finish the triggers worksheet",
};
const char* const nextSteps[]
    = { "Next individual session next week.", "Next individual session in two weeks.",
          "Review homework at the next session.", "Continue IOP groups as scheduled." };

const char* const groupActivities[] = {
    "opened with a check-in on cravings and mood, then worked through a handout on high-risk "
    "situations",
    "discussed the difference between a lapse and a relapse and practiced a refusal script in "
    "pairs",
    "completed a values card sort and linked values to recovery goals",
    "learned urge surfing and practiced it for ten minutes",
    "watched a short video on the brain in recovery and discussed it",
    "shared progress on weekly goals and gave each other feedback",
    "built coping cards for the coming weekend",
    "talked about sleep hygiene and made a bedtime plan",
};
const char* const groupShares[] = {
    "shared a craving from the weekend and how it passed",
    "talked about repairing trust with a partner",
    "described going to a first meeting",
    "offered support to a newer member",
    "talked about stress at work and a plan for it",
    "said the breathing exercise helped before a court date",
    "shared being 30 days clean; the group celebrated",
};
const char* const groupQuiet[] = { "was quiet but attentive; shared briefly when invited",
    "listened and took notes; participated in the pair exercise" };
const char* const groupAssessments[] = { "Engaged and applying the skills discussed.",
    "Participation improving; more open than in earlier groups.",
    "Engaged; some difficulty relating the topic to own situation.",
    "Supportive of peers; good insight." };
const char* const groupPlans[] = { "Continue group attendance; practice urge surfing this week.",
    "Continue group; bring the completed handout next session.",
    "Continue group; follow up on the refusal script in individual session.",
    "Continue group attendance as scheduled." };
const char* const groupLateLines[]
    = { "Arrived late and joined at the check-in.", "Arrived late after a bus delay." };

const char* const caseManagementNotes[] = {
    ("Called %1's outpatient therapist to confirm the intake appointment; release of information "
     "on file."),
    "Helped %1 complete a housing application and a food assistance form.",
    "Spoke with %1's probation officer (signed release on file) about attendance; letter sent.",
    "Faxed attendance verification to %1's employer at their request.",
    "Arranged a bus pass for %1 for the next month of groups.",
};
const char* const medicationNotes[] = {
    ("Met with %1 and the prescriber: medication continued at the current dose, no side effects "
     "reported."),
    "Medication check-in with %1: taking as prescribed; next prescriber visit booked.",
    "%1 reports mild nausea after the dose change; prescriber informed and will follow up.",
};
const char* const phoneNotes[] = {
    "%1 called to report being sick; excused from today's group and will attend the next one.",
    "Returned %1's call about a schedule change at work; evening group offered.",
    ("%1 called after a difficult weekend; talked through coping steps, no safety concerns, "
     "will discuss in the next session."),
};

const char* const returnComments[] = {
    ("Please document the participant's response to the intervention and a measurable next "
     "step."),
    "The assessment does not mention risk; please document the safety screen.",
    "Please link the session to the treatment plan objective it addressed.",
};
const char* const returnAnswers[] = {
    "In response to the supervisor's review: the participant responded well to the exercise and "
    "agreed to log cravings daily; the log will be reviewed at the next session.",
    "In response to the supervisor's review: the participant denied suicidal ideation, intent "
    "or plan when asked; safety plan reviewed.",
    "In response to the supervisor's review: the session addressed the objective on triggers and "
    "coping responses (objective 1 of the plan).",
};
const char* const addenda[] = {
    "Late entry: the participant called after the session to say the outpatient intake is "
    "booked.",
    "Correction: the homework assigned was the triggers worksheet, not the cravings log.",
    "Late entry: collateral call from the participant's sister (release on file), who reports "
    "things are calmer at home.",
    "Correction: the next session is on Thursday, not Wednesday.",
};
const char* const useNotes[] = {
    ("Disclosed use at check-in; discussed what led up to it and updated the relapse prevention "
     "plan."),
    "Reported a lapse the day before the screen; no further use since.",
    "Reported using once at a party; stayed for the rest of the group and made a plan.",
};

const char* const assessmentsByReason[][2] = {
    // Completed
    { "%1 met most treatment goals, maintained abstinence through the final weeks and leaves "
      "with a written relapse prevention plan and outpatient follow-up. Strengths: motivation, "
      "steady attendance and family support. Remaining needs: continued therapy for mood.",
        "%1 completed the program and met the main objectives. Coping skills are in regular use "
        "and a support network is in place. Risk of relapse is moderate; the aftercare plan "
        "addresses it." },
    // Transferred higher
    { "Symptoms and use escalated beyond what IOP can safely support; %1 was transferred to a "
      "more intensive level of care with a warm hand-off. Strengths: willingness to accept more "
      "help.",
        "Despite engagement, %1 could not stabilize at this level of care; transfer was agreed "
        "with the participant and the receiving program has the records." },
    // Transferred lower
    { "%1 stabilized and moved to standard outpatient care, which fits work hours better. "
      "Progress toward goals was good.",
        "Goals of the intensive phase met; %1 continues at a lower level of care." },
    // Left against advice
    { "%1 left before completing the program despite the team's recommendation. Goals were "
      "partly met; risk of return to use is elevated. Outreach was offered and the door left "
      "open for readmission.",
        "%1 chose to end treatment early. Some progress on coping skills; relapse risk remains "
        "high. Crisis and readmission information given." },
    // Administrative
    { "Attempts to reach %1 by phone and letter were unsuccessful after repeated absences. "
      "Progress before disengagement was limited and risk of relapse is high. Re-engagement "
      "information was mailed.",
        "%1 stopped attending and did not respond to outreach; discharged per program policy. "
        "Readmission is welcome." },
    // Moved
    { "%1 moved out of the area; referrals near the new address were provided. Progress toward "
      "goals was steady until the move.",
        "Discharged on moving away; %1 has the names of two programs near the new home and a "
        "copy of the relapse prevention plan." },
    // Incarcerated
    { "Discharged administratively after incarceration; records can be released to the "
      "facility's health services with consent. Progress before was partial.",
        "%1 was incarcerated; discharged administratively. Readmission is possible on release." },
    // Deceased (never generated)
    { "Episode closed.", "Episode closed." },
    // Other
    { "Authorization ended before the planned completion; %1 was connected to lower-cost "
      "outpatient services and community support groups. Progress toward goals was partial.",
        "Treatment ended when coverage ran out; %1 has a plan for continuing care and community "
        "support." },
};

} // namespace

Concern concernOf(const QString& code)
{
    const QString c = code.toUpper();
    if (c.startsWith(QLatin1String("F10")))
        return Concern::Alcohol;
    if (c.startsWith(QLatin1String("F11")))
        return Concern::Opioid;
    if (c.startsWith(QLatin1String("F12")))
        return Concern::Cannabis;
    if (c.startsWith(QLatin1String("F13")))
        return Concern::Sedative;
    if (c.startsWith(QLatin1String("F14")))
        return Concern::Cocaine;
    if (c.startsWith(QLatin1String("F15")))
        return Concern::Stimulant;
    if (c.startsWith(QLatin1String("F17")))
        return Concern::Nicotine;
    if (c.startsWith(QLatin1String("F32")) || c.startsWith(QLatin1String("F33")))
        return Concern::Depression;
    if (c.startsWith(QLatin1String("F41.0")))
        return Concern::Panic;
    if (c.startsWith(QLatin1String("F41")))
        return Concern::Anxiety;
    if (c.startsWith(QLatin1String("F43.1")))
        return Concern::Trauma;
    if (c.startsWith(QLatin1String("F43")))
        return Concern::Adjustment;
    if (c.startsWith(QLatin1String("F31")))
        return Concern::Bipolar;
    if (c.startsWith(QLatin1String("F90")))
        return Concern::Attention;
    if (c.startsWith(QLatin1String("F60")))
        return Concern::Personality;
    return Concern::Adjustment;
}

bool isSubstance(Concern c)
{
    return int(c) <= int(Concern::Nicotine);
}

QString substanceWord(Concern c)
{
    switch (c) {
    case Concern::Alcohol:
        return QStringLiteral("alcohol");
    case Concern::Opioid:
        return QStringLiteral("opioids");
    case Concern::Stimulant:
        return QStringLiteral("methamphetamine");
    case Concern::Cocaine:
        return QStringLiteral("cocaine");
    case Concern::Cannabis:
        return QStringLiteral("cannabis");
    case Concern::Sedative:
        return QStringLiteral("sedatives");
    case Concern::Nicotine:
        return QStringLiteral("nicotine");
    default:
        return QStringLiteral("substances");
    }
}

QStringList useAnalytes(Concern c)
{
    using namespace Analytes;
    switch (c) {
    case Concern::Alcohol:
        return { QLatin1String(Alcohol) };
    case Concern::Opioid:
        return { QLatin1String(Fentanyl), QLatin1String(Opiates), QLatin1String(Oxycodone) };
    case Concern::Stimulant:
        return { QLatin1String(Methamphetamine) };
    case Concern::Cocaine:
        return { QLatin1String(Cocaine) };
    case Concern::Cannabis:
        return { QLatin1String(Thc) };
    case Concern::Sedative:
        return { QLatin1String(Benzodiazepines) };
    default:
        return {};
    }
}

const ConcernText& concernText(Concern c)
{
    return concernTexts[int(c)];
}

std::span<const ObjectiveText> substanceObjectives()
{
    return commonSubstanceObjectives;
}

const ObjectiveText& medicationObjective()
{
    return medication;
}

QString reviewSummary(DemoRandom& rng, bool statusesChanged, bool phaseChange)
{
    if (phaseChange)
        return pick(rng, phaseSummaries);
    return statusesChanged ? pick(rng, changedSummaries) : pick(rng, unchangedSummaries);
}

QString progressNote(DemoRandom& rng, bool met)
{
    return met ? pick(rng, metNotes) : pick(rng, progressNotes);
}

QStringList triggers(DemoRandom& rng, bool substanceUse, int count)
{
    return substanceUse ? some(rng, substanceTriggers, count) : some(rng, moodTriggers, count);
}

QStringList warningSigns(DemoRandom& rng, int count)
{
    return some(rng, warningSignText, count);
}

QStringList copingStrategies(DemoRandom& rng, bool substanceUse, int count)
{
    return substanceUse ? some(rng, substanceCoping, count) : some(rng, moodCoping, count);
}

const ProviderText& therapyProvider(DemoRandom& rng)
{
    return rng.pick(therapyProviders);
}

const ProviderText& prescriberClinic(DemoRandom& rng)
{
    return rng.pick(prescriberClinics);
}

std::span<const MeetingText> meetings()
{
    return meetingTexts;
}

const char* soberLivingResidence(DemoRandom& rng)
{
    return rng.pick(residences);
}

QMap<QString, QString> individualNote(
    DemoRandom& rng, NoteFormat format, const QString& name, bool substanceUse, bool lapse)
{
    const QString report = lapse          ? pick(rng, lapseReports)
        : substanceUse && rng.chance(0.8) ? pick(rng, substanceReports)
                                          : pick(rng, moodReports);
    const QString presentation = pick(rng, presentations);
    const QString assessment = pick(rng, assessments) + QLatin1Char(' ') + pick(rng, riskLines);
    const QString plan
        = QStringLiteral("Homework: %1. %2").arg(pick(rng, homework), pick(rng, nextSteps));
    const QString reported = QStringLiteral("%1 reported %2.").arg(name, report);
    QMap<QString, QString> s;
    switch (format) {
    case NoteFormat::Dap:
        s.insert(QStringLiteral("data"), reported + QLatin1Char(' ') + presentation);
        s.insert(QStringLiteral("assessment"), assessment);
        s.insert(QStringLiteral("plan"), plan);
        break;
    case NoteFormat::Soap:
        s.insert(QStringLiteral("subjective"), reported);
        s.insert(QStringLiteral("objective"), presentation);
        s.insert(QStringLiteral("assessment"), assessment);
        s.insert(QStringLiteral("plan"), plan);
        break;
    case NoteFormat::Birp:
        s.insert(QStringLiteral("behavior"), presentation + QLatin1Char(' ') + reported);
        s.insert(QStringLiteral("intervention"), pick(rng, interventions));
        s.insert(QStringLiteral("response"), pick(rng, responses));
        s.insert(QStringLiteral("plan"), plan);
        break;
    case NoteFormat::Free:
        s.insert(QStringLiteral("note"), reported + QLatin1Char(' ') + assessment);
        break;
    }
    return s;
}

QMap<QString, QString> groupPart(DemoRandom& rng, NoteFormat format, const QString& name, bool late)
{
    QString data = rng.chance(0.8)
        ? QStringLiteral("%1 participated actively and %2.").arg(name, pick(rng, groupShares))
        : QStringLiteral("%1 %2.").arg(name, pick(rng, groupQuiet));
    if (late)
        data += QLatin1Char(' ') + pick(rng, groupLateLines);
    const QString assessment = pick(rng, groupAssessments);
    const QString plan = pick(rng, groupPlans);
    QMap<QString, QString> s;
    switch (format) {
    case NoteFormat::Dap:
        s.insert(QStringLiteral("data"), data);
        s.insert(QStringLiteral("assessment"), assessment);
        s.insert(QStringLiteral("plan"), plan);
        break;
    case NoteFormat::Soap:
        s.insert(QStringLiteral("subjective"), data);
        s.insert(QStringLiteral("objective"), QStringLiteral("Alert, appropriate in group."));
        s.insert(QStringLiteral("assessment"), assessment);
        s.insert(QStringLiteral("plan"), plan);
        break;
    case NoteFormat::Birp:
        s.insert(QStringLiteral("behavior"), data);
        s.insert(QStringLiteral("intervention"),
            QStringLiteral("Facilitated the group exercise and invited sharing."));
        s.insert(QStringLiteral("response"), assessment);
        s.insert(QStringLiteral("plan"), plan);
        break;
    case NoteFormat::Free:
        s.insert(QStringLiteral("note"), data + QLatin1Char(' ') + assessment);
        break;
    }
    return s;
}

QString groupSummary(DemoRandom& rng, const QString& groupName, int present)
{
    return QStringLiteral("%1: %2 members present. The group %3. The facilitator linked the "
                          "exercise to members' relapse prevention plans and closed with "
                          "goals for the week.")
        .arg(groupName)
        .arg(present)
        .arg(pick(rng, groupActivities));
}

QString freeNote(DemoRandom& rng, NoteContact contact, const QString& name)
{
    switch (contact) {
    case NoteContact::MedicationManagement:
        return pick(rng, medicationNotes).arg(name);
    case NoteContact::Phone:
        return pick(rng, phoneNotes).arg(name);
    default:
        return pick(rng, caseManagementNotes).arg(name);
    }
}

QString returnComment(DemoRandom& rng)
{
    return pick(rng, returnComments);
}

QString returnAnswer(DemoRandom& rng)
{
    return pick(rng, returnAnswers);
}

QString addendum(DemoRandom& rng)
{
    return pick(rng, addenda);
}

QString useNote(DemoRandom& rng)
{
    return pick(rng, useNotes);
}

QString dischargeAssessment(DemoRandom& rng, int reason, const QString& name)
{
    const int row = std::clamp(reason, 0, int(std::size(assessmentsByReason)) - 1);
    // Not every sentence names the participant.
    return utf8(assessmentsByReason[row][rng.between(0, 1)]).replace(QLatin1String("%1"), name);
}

} // namespace stepwise::demo::DemoText
