"""A realistic synthetic Dongguan caseload, built through the same services a coach uses (so every
record passes the same rules): staff and teams, employers, clients with valid-checksum fake ID and
certificate numbers, consents, assessments, plans with goals, months of session records, placements
with retention checks, closures and supervision records. Deterministic for a given seed and date.

Every name is invented from common surname/given-name characters; no real person is described.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time, timedelta

from app.domain.identity import build_certificate_number, build_id_number
from app.domain.records import (
    AssessmentInput,
    CheckpointResultInput,
    ClientInput,
    ClosureInput,
    ConsentInput,
    ContactLogInput,
    DisabilityInput,
    EmployerContactInput,
    EmployerInput,
    GoalInput,
    GoalProgressInput,
    JobAnalysisInput,
    ParticipantInput,
    PlacementInput,
    PlanInput,
    SessionInput,
    SupervisionActionInput,
    SupervisionInput,
    build_credit_code,
)
from app.services.base import Actor
from app.services.people import UserInput
from app.services.workspace import Workspace

SURNAMES = "陈李黄张梁刘林何罗叶郑蔡钟谢袁莫邓卢冯周吴杨朱邝麦温曾丘方苏简卓"
GIVEN = "志伟明华建国家俊杰嘉欣婷慧敏静雅丽芳宇浩然子轩梓涵诗颖晓彤振宏锦锋永健文杰淑仪秀珍丽娟国强海燕"
EMPLOYER_PREFIX = ["东莞市", "广东", "东莞"]
EMPLOYER_CORE = [
    "华达",
    "鸿顺",
    "美嘉",
    "新科",
    "佳和",
    "永安",
    "众诚",
    "利达",
    "宏远",
    "丰泰",
    "康华",
    "信诚",
    "明辉",
    "金盛",
]
EMPLOYER_KIND = [
    ("电子科技有限公司", "电子制造"),
    ("物业管理有限公司", "物业服务"),
    ("餐饮管理有限公司", "餐饮"),
    ("超市有限公司", "零售"),
    ("酒店有限公司", "酒店"),
    ("包装制品有限公司", "制造业"),
    ("清洁服务有限公司", "保洁"),
    ("烘焙坊", "食品"),
]
ROADS = ["振兴路", "莞太路", "东风路", "新城路"]
POSTS = [
    "包装工",
    "保洁员",
    "超市理货员",
    "后厨帮工",
    "洗碗工",
    "仓库分拣员",
    "绿化工",
    "洗车工",
    "面包学徒",
    "数据录入员",
]
OTHER_ADDRESS_CODES = ["440103", "445102", "441302", "450102", "430104", "360102", "511402"]
GOALS = [
    ("独立乘坐公交车往返工作单位", "连续两周独立准时到岗，无需陪同"),
    ("掌握岗位核心工作流程", "能按步骤独立完成全部核心任务，错误率低于5%"),
    ("与同事建立良好沟通", "每天主动向班组长汇报一次工作完成情况"),
    ("提高工作耐力", "连续工作4小时，中间只按规定休息"),
    ("学会使用考勤机并按时打卡", "一个月内无漏打卡记录"),
    ("独立处理工资与简单理财", "每月自行领取工资并记录主要开支"),
]
CONTENT = [
    "在岗观察服务对象完成包装流程，示范两次后由其独立操作，整体完成质量良好，个别步骤需提醒。",
    "与班组长沟通服务对象本周表现，班组长反映其工作认真、能按时到岗，建议继续提升速度。",
    "家访了解服务对象上下班交通情况，与家属讨论逐步减少陪同的安排，家属表示支持。",
    "协助服务对象熟悉新增的仓库分拣任务，制作图示任务卡，服务对象能按卡片完成操作。",
    "电话跟进服务对象近况，其表示工作适应良好，与同事关系融洽，暂无需要协助的问题。",
    "参与个案会议，与社工、康复治疗师共同评估服务对象进展，调整下阶段支持重点。",
    "开展求职技能训练：模拟面试、填写求职登记表，服务对象能回答常见面试问题。",
    "走访用人单位了解岗位需求，介绍支持性就业模式，单位表示愿意提供试岗机会。",
]


@dataclass(frozen=True)
class DemoSummary:
    clients: int
    coaches: int
    employers: int
    sessions: int
    placements: int
    signed_in_as: str


def _name(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))


def _mobile(rng: random.Random) -> str:
    return rng.choice(["13", "15", "18", "17"]) + str(rng.randint(1, 9)) + f"{rng.randint(0, 99_999_999):08d}"


def _past(rng: random.Random, today: date, lo: int, hi: int) -> date:
    return today - timedelta(days=rng.randint(lo, hi))


class DemoBuilder:
    """Builds the demo caseload into an open workspace. ``progress(done, total)`` is called per client;
    ``cancelled()`` returning True stops before the next client (all-or-nothing per batch of clients)."""

    BATCH = 25

    def __init__(self, ws: Workspace, *, seed: int = 2026, months: int = 12):
        self.ws = ws
        self.rng = random.Random(seed)
        self.months = months
        self.today = ws.ctx.today()
        self.sessions = 0
        self.placements = 0

    def build(
        self,
        clients: int,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> DemoSummary:
        ws, rng = self.ws, self.rng
        ref = ws.ctx.reference
        with ws.ctx.uow.batch():
            ws.act_as(None)
            org = ws.people.create_organisation(ws.ctx.settings.get("organisation_name"))
            n_coaches = max(2, min(40, clients // 25))
            supervisors = []
            for i in range(max(1, n_coaches // 6)):
                uid = ws.people.create_user(
                    org,
                    UserInput(
                        f"supervisor{i + 1}", _name(rng), "supervisor", "social_worker", "中级社会工作师"
                    ),
                )
                supervisors.append(uid)
            coaches = []
            for i in range(n_coaches):
                uid = ws.people.create_user(
                    org,
                    UserInput(
                        f"coach{i + 1}",
                        _name(rng),
                        "coach",
                        "coach",
                        "残疾人就业辅导员（四级）",
                        supervisor_id=supervisors[i % len(supervisors)],
                    ),
                )
                coaches.append(uid)
            ws.people.sign_in(coaches[0])
            employers = []
            for _ in range(max(5, clients // 8)):
                kind, sector = rng.choice(EMPLOYER_KIND)
                name = rng.choice(EMPLOYER_PREFIX) + rng.choice(EMPLOYER_CORE) + kind
                first17 = "91441900" + "".join(
                    rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)
                )
                eid = ws.employers.create(
                    EmployerInput(
                        name,
                        build_credit_code(first17),
                        sector,
                        f"{ref.town_name(t := rng.choice(list(ref.towns)))}{rng.randint(1, 300)}号",
                        t,
                        rng.choice(["meets", "below", "unknown"]),
                        "",
                    )
                )
                ws.employers.add_contact(
                    EmployerContactInput(
                        eid, _name(rng), rng.choice(["人事主管", "班组长", "行政经理"]), _mobile(rng)
                    )
                )
                employers.append(eid)
        self.org, self.coaches, self.supervisors, self.employers = org, coaches, supervisors, employers
        done = 0
        while done < clients:
            if cancelled and cancelled():
                break
            with ws.ctx.uow.batch():
                for _ in range(min(self.BATCH, clients - done)):
                    self._client(done)
                    done += 1
                    if progress:
                        progress(done, clients)
        with ws.ctx.uow.batch():
            self._supervision()
        ws.act_as(None)
        actor = ws.people.sign_in(coaches[0])
        return DemoSummary(
            done, len(coaches), len(employers), self.sessions, self.placements, actor.display_name
        )

    # -- one client's case ------------------------------------------------------------------------------

    def _as(self, user_id: str, role: str = "coach") -> None:
        self.ws.act_as(Actor(user_id, role, self.org))

    def _client(self, index: int) -> None:
        ws, rng, today = self.ws, self.rng, self.today
        ref = ws.ctx.reference
        coach = self.coaches[index % len(self.coaches)]
        self._as(coach)
        birth = date(rng.randint(1972, 2006), rng.randint(1, 12), rng.randint(1, 28))
        address = "441900" if rng.random() < 0.7 else rng.choice(OTHER_ADDRESS_CODES)
        sequence = rng.randint(0, 999)
        sex = "male" if sequence % 2 else "female"
        id_number = build_id_number(address, birth, sequence)
        category = rng.choices([5, 6, 4, 2, 1, 3, 7], weights=[30, 20, 20, 10, 6, 4, 10])[0]
        level = rng.choice([2, 3, 3, 4, 4]) if category != 1 else rng.choice([1, 2, 3])
        if category == 7:
            parts = rng.sample([2, 3, 4, 5, 6], 2)
            disabilities = (
                DisabilityInput(7, level, True),
                *(DisabilityInput(p, rng.randint(2, 4)) for p in parts),
            )
        else:
            disabilities = (DisabilityInput(category, level, True),)
        intake = _past(rng, today, 20, self.months * 30)
        needs_guardian = category in (5, 6, 7)
        client_id = ws.clients.create(
            ClientInput(
                name=_name(rng),
                sex=sex,
                birth_date=birth,
                id_number=id_number,
                disabilities=disabilities,
                intake_date=intake,
                certificate_number=build_certificate_number(id_number, category, level),
                town_code=(town := rng.choice(list(ref.towns))),
                village=f"{rng.choice('东南西北')}{rng.choice('湖城岭村')}社区",
                address=f"{ref.town_name(town)}{rng.choice(ROADS)}{rng.randint(1, 200)}号",
                phone=_mobile(rng),
                household=rng.choice(list(ref.codes("household"))),
                education=rng.choice(["junior", "senior", "special", "primary"]),
                work_history=rng.choice(
                    ["", "曾在工厂做过普工半年", "无正式工作经历", "曾参加康园中心辅助性就业"]
                ),
                benefits=rng.choice(["", "残疾人两项补贴", "最低生活保障"]),
                referral_source=rng.choice(list(ref.codes("referral_source"))),
                guardian_name=_name(rng) if needs_guardian else "",
                guardian_relation="parent" if needs_guardian else None,
                guardian_phone=_mobile(rng) if needs_guardian else "",
                assigned_coach_id=coach,
            )
        )
        signer = "guardian" if needs_guardian else "client"
        for purpose in ("sensitive_processing", "share_central"):
            ws.clients.record_consent(
                ConsentInput(client_id, purpose, signer, "签署人", intake, intake + timedelta(days=3 * 365))
            )
        # Assessment and plan, usually on time, sometimes late.
        assessed = min(today, intake + timedelta(days=rng.choice([5, 10, 15, 25, 45])))
        ws.clients.record_assessment(
            AssessmentInput(
                client_id,
                assessed,
                rng.choice(["coach", "social_worker", "rehab_therapist"]),
                tuple((d, rng.randint(2, 5)) for d in ref.codes("assessment_domain")),
                tool="职业能力评估量表",
                strengths="做事认真，守时",
                interests="喜欢动手操作类工作",
                supports_needed="需要任务分解和视觉提示",
            )
        )
        plan_start = min(today, assessed + timedelta(days=rng.choice([3, 7, 14, 30])))
        goals = tuple(
            GoalInput(
                d,
                c,
                rng.choice(["client", "coach", "family", "employer"]),
                plan_start,
                plan_start + timedelta(days=180),
            )
            for d, c in rng.sample(GOALS, rng.randint(2, 3))
        )
        plan_id = ws.plans.create(
            PlanInput(
                client_id,
                rng.choice(POSTS),
                plan_start,
                plan_start + timedelta(days=365),
                goals,
                hours_per_week_goal=rng.choice([20.0, 30.0, 40.0]),
                wage_goal=rng.choice([1900, 2200, 2500]),
                barriers="交通不便；缺乏工作经验",
                signed_on=plan_start,
            )
        )
        # Plans are reviewed every 90 days, mostly on time; a few reviews are missed (they show as due).
        review = plan_start + timedelta(days=90)
        while review <= today and rng.random() < 0.9:
            reviewed = min(today, review + timedelta(days=rng.randint(0, 10)))
            review = ws.plans.record_review(plan_id, reviewed)
        goal_ids = [g for g, _d, _p in ws.plans.goals_of_client(client_id)]
        # Placement for about half, some weeks after the plan.
        placement_start = None
        if rng.random() < 0.5:
            start = plan_start + timedelta(days=rng.randint(20, 90))
            if start < today - timedelta(days=7):
                placement_start = start
        # Sessions every 7–21 days from intake to today.
        day = intake
        progress = {g: 0 for g in goal_ids}
        employer = rng.choice(self.employers)
        contacted = False
        while day <= today:
            if placement_start and day >= placement_start:
                kind = rng.choice(["on_site_coaching", "on_site_coaching", "employer_liaison", "follow_up"])
                weeks = (day - placement_start).days // 7
                fading = max(0, 90 - weeks * rng.randint(6, 12))
            elif day == intake:
                kind, fading = "intake", None
            else:
                kind = rng.choice(["job_development", "training", "home_visit", "planning", "assessment"])
                fading = None
            if kind in ("job_development", "employer_liaison") and not contacted:
                ws.employers.log_contact(
                    ContactLogInput(
                        employer, day, "visit", "为服务对象开发岗位，介绍支持性就业", client_id=client_id
                    )
                )
                contacted = True
            worked = []
            if goal_ids and day >= plan_start:
                for g in rng.sample(goal_ids, 1):
                    progress[g] = min(100, progress[g] + rng.randint(5, 15))
                    worked.append(GoalProgressInput(g, progress[g], "有进步"))
            start_h = rng.randint(9, 15)
            is_last = day + timedelta(days=21) > today
            sid = ws.sessions.save_draft(
                SessionInput(
                    client_id,
                    day,
                    time(start_h, 0),
                    time(start_h + rng.choice([1, 1, 2]), rng.choice([0, 30])),
                    "in_person" if kind != "follow_up" else "phone",
                    kind,
                    rng.choice(CONTENT),
                    travel_minutes=rng.choice([0, 20, 30, 45]),
                    place=rng.choice(["工作单位", "服务对象家中", "康园中心", "机构办公室"]),
                    fading_percent=fading,
                    natural_supports="班组长愿意每天检查一次工作" if fading is not None else "",
                    next_steps="继续跟进岗位适应情况",
                    next_steps_due=min(day + timedelta(days=14), today)
                    if not is_last
                    else day + timedelta(days=14),
                    participants=(ParticipantInput("client", "服务对象"),)
                    + ((ParticipantInput("employer_staff", "班组长"),) if fading is not None else ()),
                    goals=tuple(worked),
                )
            )
            self.sessions += 1
            if not is_last or rng.random() < 0.6:
                ws.sessions.finalise(sid)
                if rng.random() < 0.03:
                    ws.sessions.amend(
                        sid,
                        {"travel_minutes": rng.choice([15, 40, 60])},
                        "补记：交通时间记录有误，按当日出行记录更正",
                    )
            if placement_start and day < placement_start <= day + timedelta(days=14):
                self._place(client_id, employer, placement_start)
                day = placement_start
                continue
            day += timedelta(days=rng.randint(7, 21))
        if placement_start and self._placed != client_id:
            self._place(client_id, employer, placement_start)
        # About one case in ten is closed; every coach gets some, so each form has a subject in a demo.
        if index % 10 in (4, 9) or rng.random() < 0.03:
            ws.clients.close(
                ClosureInput(
                    client_id,
                    today - timedelta(days=rng.randint(0, 10)),
                    rng.choice(["moved_away", "declined", "health", "stable_employment"]),
                    "服务目标基本达成",
                )
            )

    _placed: str | None = None

    def _place(self, client_id: str, employer: str, start: date) -> None:
        ws, rng = self.ws, self.rng
        if self._placed == client_id:
            return
        self._placed = client_id
        ws.employers.record_job_analysis(
            JobAnalysisInput(
                employer,
                start - timedelta(days=5),
                rng.choice(POSTS),
                client_id=client_id,
                hours="周一至周五 9:00-17:00",
                pay="底薪+全勤奖",
                environment="室内，噪音较小",
                core_tasks="按流程完成包装、分拣",
                natural_supports="班组长、工友",
            )
        )
        ws.placements.record(
            PlacementInput(
                client_id,
                employer,
                rng.choice(POSTS),
                start,
                rng.choices(
                    list(ws.ctx.reference.employment_forms), weights=[40, 10, 5, 2, 10, 15, 15, 2, 1]
                )[0],
                rng.choice([20.0, 30.0, 40.0, 44.0]),
                rng.choice([1900, 2100, 2300, 2600, 3000]),
                supported_employment=rng.random() < 0.8,
                contract_type=rng.choice(["fixed_term", "part_time", "agreement"]),
                social_insurance=rng.random() < 0.7,
            )
        )
        self.placements += 1
        employed = True
        for cp_id, _offset, due, _checked, _still in ws.placements.checkpoints(client_id):
            if due <= self.today and rng.random() < 0.9:
                employed = employed and rng.random() < 0.85
                ws.placements.record_checkpoint(
                    cp_id,
                    CheckpointResultInput(
                        min(self.today, due + timedelta(days=rng.randint(0, 5))),
                        employed,
                        same_employer=employed or None,
                        hours_per_week=30.0 if employed else None,
                        client_satisfaction=rng.randint(3, 5),
                        employer_satisfaction=rng.randint(3, 5),
                    ),
                )

    def _supervision(self) -> None:
        ws, rng, today = self.ws, self.rng, self.today
        team: dict[str, list[str]] = {}
        for i, coach in enumerate(self.coaches):
            team.setdefault(self.supervisors[i % len(self.supervisors)], []).append(coach)
        for sup, coaches in team.items():
            self._as(sup, "supervisor")
            for m in range(self.months):
                held = today - timedelta(days=30 * m + rng.randint(0, 10))
                ws.supervision.record(
                    SupervisionInput(
                        held,
                        time(14, 0),
                        time(16, 0),
                        "face_to_face",
                        rng.choice(["individual", "group"]),
                        tuple(coaches),
                        topics=tuple(rng.sample(list(ws.ctx.reference.codes("supervision_topic")), 3)),
                        place="机构会议室",
                        supervisor_qualification="中级社会工作师",
                        questions="如何与用人单位沟通服务对象的适应问题",
                        opinions="建议制定明确的撤出计划并与班组长共同评估",
                        files_checked=5,
                        files_passing=rng.randint(3, 5),
                        problems_found="部分服务记录未及时定稿",
                        actions=(
                            SupervisionActionInput(
                                "补齐本月服务记录定稿", "辅导员", held + timedelta(days=14)
                            ),
                        ),
                    )
                )
