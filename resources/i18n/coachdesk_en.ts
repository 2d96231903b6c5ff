<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="zh_CN">
    <context>
        <name />
        <message>
            <location filename="../../app/ui/case_forms.py" line="+93" />
            <location filename="../../app/ui/client_file.py" line="+448" />
            <source>记录知情同意</source>
            <translation>Record consent</translation>
        </message>
        <message>
            <location line="+6" />
            <source>同意用途</source>
            <translation>Purpose of consent</translation>
        </message>
        <message>
            <location line="+2" />
            <source>接收方（用人单位）</source>
            <translation>Recipient (employer)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>向用人单位披露时必填：写明用人单位名称</source>
            <translation>Required when disclosing to an employer: the employer's name</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../app/ui/client_file.py" line="-16" />
            <source>签署人</source>
            <translation>Signed by</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+2" />
            <source>签署人姓名</source>
            <translation>Signer's name</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+383" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>签署日期</source>
            <translation>Signing date</translation>
        </message>
        <message>
            <location line="-382" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>有效期至</source>
            <translation>Valid until</translation>
        </message>
        <message>
            <location line="+0" />
            <source>设定有效期</source>
            <translation>Set an expiry date</translation>
        </message>
        <message>
            <location line="+3" />
            <source>同意用途(&amp;P)：</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收方(&amp;R)：</source>
            <translation>&amp;Recipient:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签署人(&amp;B)：</source>
            <translation>Signed &amp;by:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签署人姓名(&amp;N)：</source>
            <translation>Signer's &amp;name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签署日期(&amp;D)：</source>
            <translation>Signing &amp;date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有效期(&amp;E)：</source>
            <translation>&amp;Expires:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>每个用途须单独取得同意（《个人信息保护法》第二十九条）。服务对象无民事行为能力时由监护人签署。</source>
            <translation>Each purpose needs its own consent (Personal Information Protection Law, art. 29). If the client lacks legal capacity, the guardian signs.</translation>
        </message>
        <message>
            <location line="+58" />
            <source>撤回日期须在签署日期与今天之间</source>
            <translation>The withdrawal date must be between the signing date and today</translation>
        </message>
        <message>
            <location line="+3" />
            <source>撤回知情同意</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>撤回</source>
            <translation>Withdraw</translation>
        </message>
        <message>
            <location line="+6" />
            <source>（接收方：{recipient}）</source>
            <translation> (recipient: {recipient})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{signed_by} {name} 于 {date} 签署</source>
            <translation>Signed by {signed_by} {name} on {date}</translation>
        </message>
        <message>
            <location line="+8" />
            <source>要撤回的同意</source>
            <translation>Consent to withdraw</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>撤回日期</source>
            <translation>Withdrawal date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>撤回日期(&amp;D)：</source>
            <translation>Withdrawal &amp;date:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>撤回后，自撤回日期起不再依据这项同意处理或共享信息；原记录保留。</source>
            <translation>From the withdrawal date on, no information is processed or shared on the basis of this consent; the original record is kept.</translation>
        </message>
        <message>
            <location line="+23" />
            <location filename="../../app/ui/client_file.py" line="+54" />
            <source>新增评估</source>
            <translation>New assessment</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="-18" />
            <source>评估日期</source>
            <translation>Assessment date</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>评估人</source>
            <translation>Assessor</translation>
        </message>
        <message>
            <location line="+2" />
            <source>评估人角色</source>
            <translation>Assessor's role</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+4" />
            <source>评估工具</source>
            <translation>Assessment tool</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：职业能力评估量表</source>
            <translation>e.g. vocational ability assessment scale</translation>
        </message>
        <message>
            <location line="+5" />
            <source>优势</source>
            <translation>Strengths</translation>
        </message>
        <message>
            <location line="+1" />
            <source>兴趣</source>
            <translation>Interests</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要的支持</source>
            <translation>Supports needed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>评估日期(&amp;D)：</source>
            <translation>Assessment &amp;date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>评估工具(&amp;T)：</source>
            <translation>&amp;Tool:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>评估人(&amp;N)：</source>
            <translation>Assessor's &amp;name:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/dialogs.py" line="+309" />
            <source>角色(&amp;R)：</source>
            <translation>&amp;Role:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>各领域评分（1–5 分，分数越高能力越强；未评估的领域留“未评”）</source>
            <translation>Ratings by area (1–5, higher means more able; leave areas not assessed at “Not rated”)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>各领域评分</source>
            <translation>Ratings by area</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{name}评分</source>
            <translation>{name} rating</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+645" />
            <location line="+3" />
            <source> 分</source>
            <comment>score out of 5</comment>
            <translation> / 5</translation>
        </message>
        <message>
            <location line="-647" />
            <location line="+644" />
            <location line="+3" />
            <source>未评</source>
            <translation>Not rated</translation>
        </message>
        <message>
            <location line="-645" />
            <source>1–5 分；最小值为未评</source>
            <translation>1–5; the lowest value means not rated</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}评分提示</source>
            <translation>{name} rating message</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+129" />
            <location filename="../../app/ui/client_file.py" line="-136" />
            <location line="+2" />
            <location line="+379" />
            <location filename="../../app/ui/common.py" line="+422" />
            <location filename="../../app/ui/employers.py" line="+853" />
            <location filename="../../app/ui/settings_dialog.py" line="+92" />
            <source>{label}：</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <location line="-122" />
            <source>评分</source>
            <translation>Ratings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>优势(&amp;S)：</source>
            <translation>&amp;Strengths:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>兴趣(&amp;I)：</source>
            <translation>&amp;Interests:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要的支持(&amp;U)：</source>
            <translation>S&amp;upports needed:</translation>
        </message>
        <message>
            <location line="+77" />
            <location line="+24" />
            <location filename="../../app/ui/client_file.py" line="-206" />
            <source>目标</source>
            <translation>Goal</translation>
        </message>
        <message>
            <location line="-24" />
            <source>如：独立乘坐公交车往返单位</source>
            <translation>e.g. takes the bus to and from work on their own</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+22" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>成功标准</source>
            <translation>Success criteria</translation>
        </message>
        <message>
            <location line="-22" />
            <source>可衡量：如连续两周独立往返</source>
            <translation>Measurable: e.g. travels on their own for two weeks in a row</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+21" />
            <location filename="../../app/ui/client_file.py" line="+2" />
            <source>负责方</source>
            <translation>Responsible</translation>
        </message>
        <message>
            <location line="-20" />
            <location line="+370" />
            <location filename="../../app/ui/client_file.py" line="+102" />
            <location filename="../../app/ui/dashboard.py" line="+99" />
            <location filename="../../app/ui/employers.py" line="-189" />
            <source>开始日期</source>
            <translation>Start date</translation>
        </message>
        <message>
            <location line="-369" />
            <location line="+21" />
            <location filename="../../app/ui/client_file.py" line="-98" />
            <location line="+20" />
            <source>目标日期</source>
            <translation>Target date</translation>
        </message>
        <message>
            <location line="-16" />
            <location line="+18" />
            <location filename="../../app/ui/caseload_model.py" line="+58" />
            <location filename="../../app/ui/client_file.py" line="-151" />
            <location line="+133" />
            <location line="+20" />
            <location line="+35" />
            <location line="+63" />
            <location filename="../../app/ui/forms_dialog.py" line="+174" />
            <location filename="../../app/ui/sync_ui.py" line="+84" />
            <source>状态</source>
            <translation>Status</translation>
        </message>
        <message>
            <location line="-17" />
            <source>删除此目标</source>
            <translation>Delete this goal</translation>
        </message>
        <message>
            <location line="+14" />
            <location filename="../../app/ui/client_file.py" line="-121" />
            <location line="+20" />
            <source>开始</source>
            <translation>Start</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="-11" />
            <source>进展</source>
            <translation>Progress</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/record_dialog.py" line="+311" />
            <location line="+39" />
            <location line="+11" />
            <location filename="../../app/ui/session_form.py" line="+513" />
            <source>{title}提示</source>
            <translation>{title} message</translation>
        </message>
        <message>
            <location line="+30" />
            <location line="+1" />
            <source>目标 {n}</source>
            <translation>Goal {n}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目标 {n} {field}</source>
            <translation>Goal {n} {field}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目标 {n} {field}提示</source>
            <translation>Goal {n} {field} message</translation>
        </message>
        <message>
            <location line="+2" />
            <source>删除目标 {n}</source>
            <translation>Delete goal {n}</translation>
        </message>
        <message>
            <location line="+44" />
            <source>修改就业计划</source>
            <translation>Edit employment plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>制定就业计划</source>
            <translation>New employment plan</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="-25" />
            <location line="+35" />
            <source>就业目标</source>
            <translation>Job goal</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：超市理货员</source>
            <translation>e.g. supermarket shelf stacker</translation>
        </message>
        <message>
            <location line="+1" />
            <source>每周工时目标</source>
            <translation>Weekly hours goal</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+267" />
            <location line="+157" />
            <source> 小时</source>
            <translation> h</translation>
        </message>
        <message>
            <location line="-423" />
            <source>期望月工资</source>
            <translation>Expected monthly wage</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+267" />
            <location line="+157" />
            <source> 元</source>
            <translation> yuan</translation>
        </message>
        <message>
            <location line="-422" />
            <location filename="../../app/ui/client_file.py" line="-33" />
            <source>主要障碍</source>
            <translation>Main barriers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划开始日期</source>
            <translation>Plan start date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划目标日期</source>
            <translation>Plan target date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>复核间隔</source>
            <translation>Review interval</translation>
        </message>
        <message>
            <location line="+3" />
            <source> 天</source>
            <translation> days</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已签署</source>
            <translation>Signed</translation>
        </message>
        <message>
            <location line="+3" />
            <source>就业目标(&amp;J)：</source>
            <translation>&amp;Job goal:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+267" />
            <location line="+157" />
            <source>每周工时(&amp;H)：</source>
            <translation>&amp;Hours per week:</translation>
        </message>
        <message>
            <location line="-423" />
            <source>期望月工资(&amp;W)：</source>
            <translation>Expected monthly &amp;wage:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>主要障碍(&amp;A)：</source>
            <translation>Main &amp;barriers:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始日期(&amp;B)：</source>
            <translation>S&amp;tart date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>目标日期(&amp;D)：</source>
            <translation>Target &amp;date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>复核间隔(&amp;R)：</source>
            <translation>&amp;Review interval:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>签署(&amp;S)：</source>
            <translation>&amp;Signed:</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <location line="+5" />
            <location filename="../../app/ui/session_form.py" line="-395" />
            <location filename="../../app/ui/sync_ui.py" line="-23" />
            <source>计划目标</source>
            <translation>Plan goals</translation>
        </message>
        <message>
            <location line="-2" />
            <source>添加目标(&amp;G)</source>
            <translation>Add &amp;goal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>添加目标</source>
            <translation>Add goal</translation>
        </message>
        <message>
            <location line="+6" />
            <source>每个目标写明可衡量的成功标准和负责方。</source>
            <translation>Give each goal measurable success criteria and who is responsible.</translation>
        </message>
        <message>
            <location line="+11" />
            <source>保存后，当前计划将被新计划取代（旧计划保留在“以往计划”中）。</source>
            <translation>When saved, the new plan replaces the current one (the old plan stays under “Earlier plans”).</translation>
        </message>
        <message>
            <location line="+124" />
            <location line="+78" />
            <location filename="../../app/ui/employers.py" line="-206" />
            <source>新建用人单位</source>
            <translation>New employer</translation>
        </message>
        <message>
            <location line="-76" />
            <location filename="../../app/ui/employers.py" line="+20" />
            <source>用人单位名称</source>
            <translation>Employer name</translation>
        </message>
        <message>
            <location line="+0" />
            <source>营业执照上的全称</source>
            <translation>Full name as on the business licence</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="+80" />
            <source>统一社会信用代码</source>
            <translation>Unified social credit code</translation>
        </message>
        <message>
            <location line="+0" />
            <source>18 位（可不填）</source>
            <translation>18 characters (optional)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="-117" />
            <location line="+118" />
            <source>行业</source>
            <translation>Sector</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：零售、餐饮、制造</source>
            <translation>e.g. retail, catering, manufacturing</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="-131" />
            <location filename="../../app/ui/client_form.py" line="+241" />
            <location filename="../../app/ui/employers.py" line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+15" />
            <source>地址</source>
            <translation>Address</translation>
        </message>
        <message>
            <location line="+2" />
            <source>所在镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+243" />
            <location filename="../../app/ui/record_dialog.py" line="-293" />
            <source>（未填写）</source>
            <translation>(not filled in)</translation>
        </message>
        <message>
            <location line="-239" />
            <source>按比例就业达标情况</source>
            <translation>Quota employment status</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/employers.py" line="+3" />
            <source>空缺岗位</source>
            <translation>Vacancies</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+24" />
            <location line="+250" />
            <location filename="../../app/ui/client_form.py" line="+20" />
            <location filename="../../app/ui/employers.py" line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>备注</source>
            <translation>Notes</translation>
        </message>
        <message>
            <location line="+2" />
            <source>名称(&amp;N)：</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>信用代码(&amp;C)：</source>
            <translation>&amp;Credit code:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>行业(&amp;S)：</source>
            <translation>&amp;Sector:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="+20" />
            <source>地址(&amp;A)：</source>
            <translation>&amp;Address:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="-2" />
            <source>镇街(&amp;T)：</source>
            <translation>&amp;Town:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>比例就业(&amp;Q)：</source>
            <translation>&amp;Quota employment:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>空缺岗位(&amp;V)：</source>
            <translation>&amp;Vacancies:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="+30" />
            <source>备注(&amp;O)：</source>
            <translation>N&amp;otes:</translation>
        </message>
        <message>
            <location line="+41" />
            <source>开始日期不能早于接案日期</source>
            <translation>The start date cannot be before the intake date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>该个案已结案，不能记录就业安置。</source>
            <translation>This case is closed; no placement can be recorded.</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/client_file.py" line="+28" />
            <source>记录就业安置</source>
            <translation>Record placement</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="-60" />
            <location line="+44" />
            <location filename="../../app/ui/sync_ui.py" line="-11" />
            <source>用人单位</source>
            <translation>Employer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>新建用人单位(&amp;M)…</source>
            <translation>New e&amp;mployer…</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位不在列表中时，先建立它的档案</source>
            <translation>If the employer is not in the list, create its file first</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/ui/client_file.py" line="-43" />
            <location line="+20" />
            <location line="+24" />
            <location filename="../../app/ui/employers.py" line="+72" />
            <location line="+27" />
            <source>岗位</source>
            <translation>Position</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/ui/employers.py" line="-371" />
            <source>如：理货员</source>
            <translation>e.g. shelf stacker</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_file.py" line="-41" />
            <location filename="../../app/ui/employers.py" line="+374" />
            <source>就业形式</source>
            <translation>Form of employment</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+262" />
            <source>（请选择）</source>
            <translation>(choose)</translation>
        </message>
        <message>
            <location line="-259" />
            <source>支持性就业(&amp;S)</source>
            <translation>&amp;Supported employment</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+22" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>支持性就业</source>
            <translation>Supported employment</translation>
        </message>
        <message>
            <location line="-21" />
            <source>以支持性就业模式安置（先安置、后培训，辅导员在岗支持）</source>
            <translation>Placed under the supported employment model (place first, then train, with the job coach's support on the job)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>劳动合同</source>
            <translation>Employment contract</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+157" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <location line="+22" />
            <source>每周工时</source>
            <translation>Hours per week</translation>
        </message>
        <message>
            <location line="-157" />
            <location line="+1" />
            <source>请填写</source>
            <translation>Please fill in</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+157" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>月工资</source>
            <translation>Monthly wage</translation>
        </message>
        <message>
            <location line="-155" />
            <source>缴纳社会保险(&amp;I)</source>
            <translation>Social &amp;insurance paid</translation>
        </message>
        <message>
            <location line="+1" />
            <source>缴纳社会保险</source>
            <translation>Social insurance paid</translation>
        </message>
        <message>
            <location line="+4" />
            <source>用人单位(&amp;E)：</source>
            <translation>&amp;Employer:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>岗位(&amp;P)：</source>
            <translation>&amp;Position:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>开始日期(&amp;D)：</source>
            <translation>Start &amp;date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>就业形式(&amp;F)：</source>
            <translation>&amp;Form of employment:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>劳动合同(&amp;C)：</source>
            <translation>&amp;Contract:</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+157" />
            <source>月工资(&amp;W)：</source>
            <translation>Monthly &amp;wage:</translation>
        </message>
        <message>
            <location line="-154" />
            <source>社会保险</source>
            <translation>Social insurance</translation>
        </message>
        <message>
            <location line="+3" />
            <source>保存后按设置的回访节点（如第 30、90、180 天）生成跟踪回访。</source>
            <translation>When saved, retention checks are scheduled at the configured checkpoints (e.g. days 30, 90 and 180).</translation>
        </message>
        <message>
            <location line="+24" />
            <source>（请选择用人单位）</source>
            <translation>(choose an employer)</translation>
        </message>
        <message>
            <location line="+0" />
            <source>（还没有用人单位，请先新建）</source>
            <translation>(no employers yet; add one first)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}（{sector}）</source>
            <translation>{name} ({sector})</translation>
        </message>
        <message>
            <location line="+76" />
            <source>回访日期不能早于安置开始日期</source>
            <translation>The check date cannot be before the placement's start date</translation>
        </message>
        <message>
            <location line="+10" />
            <source>记录回访结果 - 第 {day} 天</source>
            <translation>Record retention check - day {day}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>&lt;b&gt;第 {day} 天回访&lt;/b&gt;　应回访日期 {due}</source>
            <translation>&lt;b&gt;Day {day} retention check&lt;/b&gt; &amp;nbsp; due {due}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{where}（{date} 入职）</source>
            <translation>{where} (started {date})</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="-7" />
            <source>回访节点</source>
            <translation>Retention checkpoint</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+3" />
            <source>回访日期</source>
            <translation>Check date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仍在职(&amp;E)</source>
            <translation>Still &amp;employed</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+26" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>仍在职</source>
            <translation>Still employed</translation>
        </message>
        <message>
            <location line="-24" />
            <source>仍在同一用人单位</source>
            <translation>Still with the same employer</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="-508" />
            <source>是</source>
            <translation>Yes</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+0" />
            <source>否</source>
            <translation>No</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_file.py" line="+512" />
            <source>服务对象满意度</source>
            <translation>Client satisfaction</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>用人单位满意度</source>
            <translation>Employer satisfaction</translation>
        </message>
        <message>
            <location line="+2" />
            <source>回访备注</source>
            <translation>Retention check notes</translation>
        </message>
        <message>
            <location line="+3" />
            <source>回访日期(&amp;D)：</source>
            <translation>Check &amp;date:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>同一用人单位(&amp;S)：</source>
            <translation>&amp;Same employer:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务对象满意度(&amp;C)：</source>
            <translation>&amp;Client satisfaction:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>用人单位满意度(&amp;R)：</source>
            <translation>Employe&amp;r satisfaction:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>备注(&amp;N)：</source>
            <translation>&amp;Notes:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>满意度 1–5 分，分数越高越满意。</source>
            <translation>Satisfaction 1–5; higher means more satisfied.</translation>
        </message>
        <message>
            <location line="+69" />
            <location filename="../../app/ui/client_file.py" line="-535" />
            <location line="+610" />
            <location filename="../../app/ui/sync_ui.py" line="-1" />
            <source>结案</source>
            <translation>Close case</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="-10" />
            <source>结案日期</source>
            <translation>Closure date</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>结案原因</source>
            <translation>Closure reason</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>服务成效</source>
            <translation>Outcome</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+1" />
            <source>后续转介</source>
            <translation>Onward referral</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：转介至康园中心辅助性就业</source>
            <translation>e.g. referred to a Kangyuan centre for sheltered employment</translation>
        </message>
        <message>
            <location line="+2" />
            <source>结案日期(&amp;D)：</source>
            <translation>Closure &amp;date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结案原因(&amp;R)：</source>
            <translation>&amp;Reason:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务成效(&amp;U)：</source>
            <translation>O&amp;utcome:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>后续转介(&amp;F)：</source>
            <translation>Onward re&amp;ferral:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结案后不能再添加服务记录或就业安置。</source>
            <translation>After closure, no session records or placements can be added.</translation>
        </message>
        <message>
            <location filename="../../app/ui/caseload_model.py" line="-4" />
            <location filename="../../app/ui/client_file.py" line="-354" />
            <location line="+20" />
            <location filename="../../app/ui/client_form.py" line="-84" />
            <location filename="../../app/ui/employers.py" line="-66" />
            <source>姓名</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="-17" />
            <location filename="../../app/ui/client_form.py" line="+3" />
            <source>身份证号</source>
            <translation>ID number</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="-2" />
            <location filename="../../app/ui/client_form.py" line="-2" />
            <source>性别</source>
            <translation>Sex</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="+10" />
            <location filename="../../app/ui/client_form.py" line="+9" />
            <location filename="../../app/ui/employers.py" line="-158" />
            <location line="+119" />
            <location filename="../../app/ui/sync_ui.py" line="+18" />
            <source>镇街</source>
            <translation>Town</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_file.py" line="+20" />
            <location filename="../../app/ui/dialogs.py" line="-262" />
            <location filename="../../app/ui/employers.py" line="+61" />
            <location filename="../../app/ui/forms_dialog.py" line="-32" />
            <source>辅导员</source>
            <translation>Job coach</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_file.py" line="-1" />
            <location filename="../../app/ui/client_form.py" line="+8" />
            <source>接案日期</source>
            <translation>Intake date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>最近服务</source>
            <translation>Last session</translation>
        </message>
        <message>
            <location line="+238" />
            <source>按{column}排序</source>
            <translation>Sort by {column}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能按{column}排序</source>
            <translation>Cannot sort by {column}</translation>
        </message>
        <message>
            <location line="+40" />
            <source>身份证号已隐藏中间八位</source>
            <translation>The middle eight digits of the ID number are hidden</translation>
        </message>
        <message>
            <location line="+3" />
            <source>状态：{status}；阶段：{phase}</source>
            <translation>Status: {status}; phase: {phase}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未登记镇街</source>
            <translation>No town recorded</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未分配辅导员</source>
            <translation>No job coach assigned</translation>
        </message>
        <message>
            <location line="+2" />
            <source>尚无服务记录</source>
            <translation>No session records yet</translation>
        </message>
        <message>
            <location filename="../../app/ui/client_file.py" line="-285" />
            <location filename="../../app/ui/employers.py" line="-526" />
            <source>概况</source>
            <translation>Overview</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="-25" />
            <source>知情同意</source>
            <translation>Consent</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>评估</source>
            <translation>Assessments</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>就业计划</source>
            <translation>Employment plan</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+830" />
            <location filename="../../app/ui/sync_ui.py" line="+2" />
            <source>服务记录</source>
            <translation>Session record</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>就业安置</source>
            <translation>Placements</translation>
        </message>
        <message>
            <location line="+6" />
            <source>执行中</source>
            <translation>In effect</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已被新计划取代</source>
            <translation>Replaced by a new plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已结束</source>
            <translation>Ended</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/session_form.py" line="+261" />
            <source>草稿</source>
            <translation>Draft</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/ui/session_form.py" line="-2" />
            <source>已定稿</source>
            <translation>Final</translation>
        </message>
        <message>
            <location line="+6" />
            <source>服务记录</source>
            <comment>tab title</comment>
            <translation>Session records</translation>
        </message>
        <message>
            <location line="+2" />
            <source>结案</source>
            <comment>tab title</comment>
            <translation>Closure</translation>
        </message>
        <message>
            <location line="+39" />
            <source>有效</source>
            <translation>Valid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已撤回</source>
            <translation>Withdrawn</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已过期</source>
            <translation>Expired</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未生效</source>
            <translation>Not yet in effect</translation>
        </message>
        <message>
            <location line="+5" />
            <source>已回访：在职</source>
            <translation>Checked: still working</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已回访：已离职</source>
            <translation>Checked: has left</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>逾期未回访（%n 天）</source>
            <translation>
                <numerusform>Check overdue (%n day)</numerusform>
                <numerusform>Check overdue (%n days)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>即将到期</source>
            <translation>Due soon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未到期</source>
            <translation>Not due yet</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <source>查看完整证件号</source>
            <translation>View full ID numbers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>身份证号和残疾证号属于敏感个人信息。请选择查看的原因；每次查看（包括被拒绝的请求）都会记入审计日志。</source>
            <translation>ID numbers and disability certificate numbers are sensitive personal information. Please choose why you need to see them; every view (including refused requests) is recorded in the audit log.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>查看原因</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+1" />
            <source>查看</source>
            <translation>View</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <location filename="../../app/ui/common.py" line="-319" />
            <location filename="../../app/ui/dialogs.py" line="+64" />
            <location line="+1" />
            <location filename="../../app/ui/record_dialog.py" line="+248" />
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+389" />
            <location filename="../../app/ui/settings_dialog.py" line="+23" />
            <location filename="../../app/ui/sync_ui.py" line="+305" />
            <location line="+2" />
            <location filename="../../app/ui/tasks.py" line="+84" />
            <location line="+1" />
            <source>取消</source>
            <translation>Cancel</translation>
        </message>
        <message>
            <location line="+4" />
            <source>查看原因(&amp;P)：</source>
            <translation>&amp;Purpose:</translation>
        </message>
        <message>
            <location line="+32" />
            <source>服务对象档案</source>
            <translation>Client file</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务对象姓名</source>
            <translation>Client name</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务对象摘要</source>
            <translation>Client summary</translation>
        </message>
        <message>
            <location line="+3" />
            <source>需要注意</source>
            <translation>Needs attention</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/main_window.py" line="+222" />
            <source>同步状态</source>
            <translation>Sync status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>处理同步冲突(&amp;Y)…</source>
            <translation>Resolve s&amp;ync conflicts…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>处理同步冲突</source>
            <translation>Resolve sync conflicts</translation>
        </message>
        <message>
            <location line="+0" />
            <source>这位服务对象的记录有与别人修改冲突的地方</source>
            <translation>Some of this client's records clash with someone else's changes</translation>
        </message>
        <message>
            <location line="+5" />
            <source>新建服务记录(&amp;N)</source>
            <translation>&amp;New session record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新建服务记录</source>
            <translation>New session record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新建服务记录（Ctrl+N）；有未完成的草稿时继续编辑草稿</source>
            <translation>New session record (Ctrl+N); if there is an unfinished draft, go on with it</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+2" />
            <source>档案分页</source>
            <translation>File tabs</translation>
        </message>
        <message>
            <location line="+70" />
            <source>显示完整证件号(&amp;V)…</source>
            <translation>&amp;View full ID numbers…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>显示完整证件号</source>
            <translation>View full ID numbers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>说明原因后显示完整的身份证号和残疾证号（记入审计日志）</source>
            <translation>Show the full ID number and disability certificate number after giving a reason (recorded in the audit log)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>隐藏(&amp;H)</source>
            <translation>&amp;Hide</translation>
        </message>
        <message>
            <location line="+0" />
            <source>隐藏完整证件号</source>
            <translation>Hide full ID numbers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>证件号提示</source>
            <translation>ID number message</translation>
        </message>
        <message>
            <location line="+2" />
            <source>编辑登记资料(&amp;E)…</source>
            <translation>&amp;Edit registration…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>编辑登记资料</source>
            <translation>Edit registration</translation>
        </message>
        <message>
            <location line="+1" />
            <source>修改服务对象登记表的内容（会显示完整证件号，记入审计日志）</source>
            <translation>Change the client registration form (shows the full ID numbers; recorded in the audit log)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登记资料提示</source>
            <translation>Registration message</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_form.py" line="+21" />
            <source>基本信息</source>
            <translation>Basic information</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/client_form.py" line="-37" />
            <source>出生日期</source>
            <translation>Birth date</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/client_form.py" line="+4" />
            <source>残疾证号</source>
            <translation>Disability certificate number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾类别与等级</source>
            <translation>Disability category and level</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/client_form.py" line="+46" />
            <source>联系方式</source>
            <translation>Contact details</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_form.py" line="-37" />
            <location filename="../../app/ui/sync_ui.py" line="-295" />
            <source>村（社区）</source>
            <translation>Village (community)</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+8" />
            <location filename="../../app/ui/client_form.py" line="+2" />
            <location filename="../../app/ui/employers.py" line="+506" />
            <location filename="../../app/ui/sync_ui.py" line="-1" />
            <source>电话</source>
            <translation>Phone</translation>
        </message>
        <message>
            <location line="-4" />
            <source>监护人</source>
            <translation>Guardian</translation>
        </message>
        <message>
            <location line="+3" />
            <source>关系</source>
            <translation>Relationship</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/client_form.py" line="+44" />
            <source>个案</source>
            <translation>Case</translation>
        </message>
        <message>
            <location line="+3" />
            <source>阶段</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/client_form.py" line="-36" />
            <source>转介来源</source>
            <translation>Referral source</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="+7" />
            <source>户籍</source>
            <translation>Household registration</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/client_form.py" line="+1" />
            <source>文化程度</source>
            <translation>Education</translation>
        </message>
        <message>
            <location line="+27" />
            <source>各用途同意情况</source>
            <translation>Consent by purpose</translation>
        </message>
        <message>
            <location line="+3" />
            <source>用途</source>
            <translation>Purpose</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接收方</source>
            <translation>Recipient</translation>
        </message>
        <message>
            <location line="+6" />
            <source>长期</source>
            <translation>No end date</translation>
        </message>
        <message>
            <location line="+2" />
            <source>当前状态</source>
            <translation>Current status</translation>
        </message>
        <message>
            <location line="+6" />
            <source>知情同意列表</source>
            <translation>Consent list</translation>
        </message>
        <message>
            <location line="+4" />
            <source>记录知情同意(&amp;R)…</source>
            <translation>&amp;Record consent…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>为一个用途记录新的知情同意</source>
            <translation>Record a new consent for one purpose</translation>
        </message>
        <message>
            <location line="+2" />
            <source>撤回同意(&amp;W)…</source>
            <translation>&amp;Withdraw consent…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>撤回同意</source>
            <translation>Withdraw consent</translation>
        </message>
        <message>
            <location line="+0" />
            <source>撤回列表中选中的同意</source>
            <translation>Withdraw the consent selected in the list</translation>
        </message>
        <message>
            <location line="+11" />
            <source>每个用途需单独同意（《个人信息保护法》第二十九条）；向用人单位披露残疾情况需写明接收方。</source>
            <translation>Each purpose needs its own consent (Personal Information Protection Law, Article 29); disclosing a disability to an employer must name the recipient.</translation>
        </message>
        <message>
            <location line="+15" />
            <location filename="../../app/ui/dialogs.py" line="+179" />
            <source>角色</source>
            <translation>Role</translation>
        </message>
        <message>
            <location line="+5" />
            <source>评估列表</source>
            <translation>Assessment list</translation>
        </message>
        <message>
            <location line="+2" />
            <source>评估详情</source>
            <translation>Assessment details</translation>
        </message>
        <message>
            <location line="+8" />
            <source>新增评估(&amp;A)…</source>
            <translation>New &amp;assessment…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录一次职业能力评估</source>
            <translation>Record a vocational assessment</translation>
        </message>
        <message>
            <location line="+7" />
            <source>评分 1–5 分，分数越高能力越强。</source>
            <translation>Scores are 1–5; a higher score means greater ability.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>当前就业计划</source>
            <translation>Current employment plan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>每周工时 / 期望工资</source>
            <translation>Hours per week / expected wage</translation>
        </message>
        <message>
            <location line="+2" />
            <source>计划期</source>
            <translation>Plan period</translation>
        </message>
        <message>
            <location line="+1" />
            <source>下次复核</source>
            <translation>Next review</translation>
        </message>
        <message>
            <location line="+3" />
            <source>该服务对象还没有有效的就业计划。</source>
            <translation>This client has no employment plan in effect.</translation>
        </message>
        <message>
            <location line="+15" />
            <source>（已过目标日期）</source>
            <translation> (past target date)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>计划目标列表</source>
            <translation>Plan goal list</translation>
        </message>
        <message>
            <location line="+7" />
            <source>目标数</source>
            <translation>Goals</translation>
        </message>
        <message>
            <location line="+6" />
            <source>以往计划列表</source>
            <translation>Earlier plans list</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+534" />
            <source>制定新计划(&amp;P)…</source>
            <translation>New employment &amp;plan…</translation>
        </message>
        <message>
            <location line="-534" />
            <source>制定新计划</source>
            <translation>New employment plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>制定新的个别化就业计划（当前计划将被取代）</source>
            <translation>Draw up a new individual employment plan (the current plan will be replaced)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>修改计划(&amp;E)…</source>
            <translation>&amp;Edit plan…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改计划</source>
            <translation>Edit plan</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改当前计划及其目标</source>
            <translation>Change the current plan and its goals</translation>
        </message>
        <message>
            <location line="+10" />
            <source>计划目标与进展：</source>
            <translation>Plan goals and progress:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>以往计划：</source>
            <translation>Earlier plans:</translation>
        </message>
        <message>
            <location line="+7" />
            <location filename="../../app/ui/session_form.py" line="-1491" />
            <location line="+340" />
            <source>服务日期</source>
            <translation>Session date</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/session_form.py" line="-336" />
            <location line="+355" />
            <source>服务类型</source>
            <translation>Session type</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/employers.py" line="+16" />
            <source>方式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="+2" />
            <source>时长（分钟）</source>
            <translation>Length (minutes)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录人</source>
            <translation>Recorded by</translation>
        </message>
        <message>
            <location line="+2" />
            <source>更正</source>
            <comment>column of amendment counts</comment>
            <translation>Amendments</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>已更正（%n 次）</source>
            <translation>
                <numerusform>Amended (%n time)</numerusform>
                <numerusform>Amended (%n times)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>定稿后有更正；打开可查看原始内容和每次更正</source>
            <translation>Amended after it was finalised; open it to see the original and each amendment</translation>
        </message>
        <message>
            <location line="+4" />
            <source>内容摘要</source>
            <translation>Summary</translation>
        </message>
        <message>
            <location line="+6" />
            <source>服务记录列表</source>
            <translation>Session record list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回车键打开选中的服务记录</source>
            <translation>Enter opens the selected session record</translation>
        </message>
        <message>
            <location line="+2" />
            <source>打开(&amp;O)</source>
            <translation>&amp;Open</translation>
        </message>
        <message>
            <location line="+0" />
            <source>打开服务记录</source>
            <translation>Open session record</translation>
        </message>
        <message>
            <location line="+0" />
            <source>打开选中的服务记录（回车）</source>
            <translation>Open the selected session record (Enter)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>服务记录统计</source>
            <translation>Session record totals</translation>
        </message>
        <message>
            <location line="+8" />
            <source>草稿以浅黄色标出；“已更正”表示定稿后有更正，原始内容仍保留。</source>
            <translation>Drafts are shown in light yellow; “Amended” means the record was amended after it was finalised, and the original is kept.</translation>
        </message>
        <message>
            <location line="+12" />
            <location filename="../../app/ui/dashboard.py" line="+0" />
            <location filename="../../app/ui/employers.py" line="+47" />
            <source>结束日期</source>
            <translation>End date</translation>
        </message>
        <message>
            <location line="+0" />
            <source>在职</source>
            <translation>Working</translation>
        </message>
        <message>
            <location line="+4" />
            <source>月工资（元）</source>
            <translation>Monthly wage (yuan)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>合同</source>
            <translation>Contract</translation>
        </message>
        <message>
            <location line="+2" />
            <source>社保</source>
            <translation>Social insurance</translation>
        </message>
        <message>
            <location line="+5" />
            <source>就业安置列表</source>
            <translation>Placement list</translation>
        </message>
        <message>
            <location line="+6" />
            <source>第 {day} 天</source>
            <translation>Day {day}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>应回访日期</source>
            <translation>Due date</translation>
        </message>
        <message>
            <location line="+4" />
            <source>同一单位</source>
            <translation>Same employer</translation>
        </message>
        <message>
            <location line="+11" />
            <source>回访节点列表</source>
            <translation>Retention checkpoint list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回车键记录选中回访节点的结果</source>
            <translation>Enter records the result of the selected checkpoint</translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/employers.py" line="-374" />
            <location line="+344" />
            <source>分析日期</source>
            <translation>Date analysed</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/employers.py" line="-525" />
            <location line="+186" />
            <location line="+342" />
            <source>工作时间</source>
            <translation>Working hours</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="-527" />
            <location line="+186" />
            <location line="+342" />
            <source>薪酬</source>
            <translation>Pay</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="-526" />
            <location line="+186" />
            <source>工作环境</source>
            <translation>Work environment</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="+341" />
            <source>核心任务</source>
            <translation>Core tasks</translation>
        </message>
        <message>
            <location line="+1" />
            <source>合理便利</source>
            <translation>Accommodations</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="-521" />
            <location line="+186" />
            <location filename="../../app/ui/session_form.py" line="-350" />
            <location line="+372" />
            <source>自然支持</source>
            <translation>Natural supports</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/employers.py" line="+340" />
            <source>岗位分析列表</source>
            <translation>Job analysis list</translation>
        </message>
        <message>
            <location line="+4" />
            <source>记录就业安置(&amp;J)…</source>
            <translation>Record &amp;job placement…</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+413" />
            <source>登记一次就业安置（就业登记）</source>
            <translation>Register a placement (employment registration)</translation>
        </message>
        <message>
            <location line="-410" />
            <source>记录回访结果(&amp;K)…</source>
            <translation>Record retention chec&amp;k…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录回访结果</source>
            <translation>Record retention check</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录选中回访节点的结果（在回访列表中按回车也可）</source>
            <translation>Record the result of the selected checkpoint (or press Enter in the checkpoint list)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>就业安置提示</source>
            <translation>Placement message</translation>
        </message>
        <message>
            <location line="+2" />
            <source>就业登记：</source>
            <translation>Employment registration:</translation>
        </message>
        <message>
            <location line="+7" />
            <source>跟踪回访（逾期未回访的以红色标出）：</source>
            <translation>Retention checks (overdue ones in red):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>岗位分析：</source>
            <translation>Job analyses:</translation>
        </message>
        <message>
            <location line="+8" />
            <source>结案情况</source>
            <translation>Closure status</translation>
        </message>
        <message>
            <location line="+15" />
            <source>结案(&amp;C)…</source>
            <translation>&amp;Close case…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>结束这个个案（之后不能再添加服务记录或安置）</source>
            <translation>Close this case (no session records or placements can be added afterwards)</translation>
        </message>
        <message>
            <location line="+32" />
            <source>{category}{level}</source>
            <translation>{category}, {level}</translation>
        </message>
        <message>
            <location line="+9" />
            <source>同步：{state}</source>
            <translation>Sync: {state}</translation>
        </message>
        <message>
            <location line="+17" />
            <source>读取档案失败：{error}</source>
            <translation>Reading the file failed: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+12" />
            <source>%n 岁</source>
            <translation>
                <numerusform>%n year old</numerusform>
                <numerusform>%n years old</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <location filename="../../app/ui/dashboard.py" line="+8" />
            <source>辅导员：{name}</source>
            <translation>Job coach: {name}</translation>
        </message>
        <message>
            <location line="+0" />
            <location line="+113" />
            <source>未分配</source>
            <translation>Not assigned</translation>
        </message>
        <message>
            <location line="-108" />
            <source>没有有效的“敏感个人信息处理”同意</source>
            <translation>No valid consent to “processing of sensitive personal information”</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n 个跟踪回访逾期</source>
            <translation>
                <numerusform>%n retention check overdue</numerusform>
                <numerusform>%n retention checks overdue</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>就业计划复核已逾期</source>
            <translation>Employment plan review is overdue</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n 份服务记录草稿未定稿</source>
            <translation>
                <numerusform>%n session record draft not finalised</numerusform>
                <numerusform>%n session record drafts not finalised</numerusform>
            </translation>
        </message>
        <message>
            <location line="+6" />
            <source>个案已结案，不能再添加服务记录</source>
            <translation>The case is closed; no more session records can be added</translation>
        </message>
        <message>
            <location line="+0" />
            <source>新建服务记录（Ctrl+N）</source>
            <translation>New session record (Ctrl+N)</translation>
        </message>
        <message>
            <location line="+8" />
            <source>尚无评估记录。</source>
            <translation>No assessments yet.</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>共 %n 条服务记录（已定稿 {finals} 条，共 {minutes} 分钟）</source>
            <translation>
                <numerusform>%n session record (final: {finals}, {minutes} minutes in all)</numerusform>
                <numerusform>%n session records (final: {finals}, {minutes} minutes in all)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+34" />
            <location filename="../../app/ui/employers.py" line="-149" />
            <source>{tab}（Alt+{number}）</source>
            <translation>{tab} (Alt+{number})</translation>
        </message>
        <message numerus="yes">
            <location line="+23" />
            <source>{date}（%n 岁）</source>
            <translation>
                <numerusform>{date} (%n year old)</numerusform>
                <numerusform>{date} (%n years old)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+11" />
            <location line="+132" />
            <location line="+21" />
            <source>未登记</source>
            <translation>Not recorded</translation>
        </message>
        <message>
            <location line="-159" />
            <location filename="../../app/ui/client_form.py" line="-184" />
            <source>（重度）</source>
            <translation> (severe)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（主要）</source>
            <translation> (primary)</translation>
        </message>
        <message>
            <location line="+9" />
            <location filename="../../app/ui/employers.py" line="+313" />
            <location line="+1" />
            <source>无</source>
            <translation>None</translation>
        </message>
        <message>
            <location line="+10" />
            <source>（无）</source>
            <translation>(none)</translation>
        </message>
        <message>
            <location line="+9" />
            <source>{purpose}：✓ 有效</source>
            <translation>{purpose}: ✓ valid</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{purpose}：✗ 无</source>
            <translation>{purpose}: ✗ none</translation>
        </message>
        <message>
            <location line="+2" />
            <source>当前同意情况　{marks}</source>
            <translation>Current consent  {marks}</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{date} · {assessor}（{role}）</source>
            <translation>{date} · {assessor} ({role})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>评分：{ratings}</source>
            <translation>Scores: {ratings}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>优势：</source>
            <translation>Strengths: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>兴趣：</source>
            <translation>Interests: </translation>
        </message>
        <message>
            <location line="+1" />
            <source>需要的支持：</source>
            <translation>Support needed: </translation>
        </message>
        <message>
            <location line="+19" />
            <source>{hours} 小时</source>
            <translation>{hours} hours</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{wage} 元</source>
            <translation>{wage} yuan</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{start} 至 {end}，{signed} 签署</source>
            <translation>{start} to {end}, signed {signed}</translation>
        </message>
        <message>
            <location line="+4" />
            <source>{start} 至 {end}</source>
            <translation>{start} to {end}</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{date}（每 %n 天）</source>
            <translation>
                <numerusform>{date} (every %n day)</numerusform>
                <numerusform>{date} (every %n days)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>⚠ 已逾期</source>
            <translation>⚠ overdue</translation>
        </message>
        <message>
            <location line="+22" />
            <source>个案尚未结案。</source>
            <translation>The case is not closed.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>个案已结案，不能再添加服务记录或安置。</source>
            <translation>The case is closed; no more session records or placements can be added.</translation>
        </message>
        <message numerus="yes">
            <location line="+30" />
            <source>已显示完整证件号（原因：{purpose}），本次查看已记入审计日志。离开本页或 %n 分钟后自动隐藏。</source>
            <translation>
                <numerusform>Full ID numbers shown (purpose: {purpose}); this view has been recorded in the audit log. They are hidden again when you leave this page or after %n minute.</numerusform>
                <numerusform>Full ID numbers shown (purpose: {purpose}); this view has been recorded in the audit log. They are hidden again when you leave this page or after %n minutes.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+49" />
            <source>制定计划(&amp;P)…</source>
            <translation>Draw up employment &amp;plan…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>个案已结案，不能再记录就业安置</source>
            <translation>The case is closed; no more placements can be recorded</translation>
        </message>
        <message>
            <location line="+105" />
            <source>⚠ 该个案已结案，不能再添加服务记录。</source>
            <translation>⚠ This case is closed; no more session records can be added.</translation>
        </message>
        <message>
            <location line="+26" />
            <source>（继续编辑未完成的草稿）</source>
            <translation> (continuing the unfinished draft)</translation>
        </message>
        <message>
            <location filename="../../app/ui/client_form.py" line="-7" />
            <source>（请选择类别）</source>
            <translation>(choose a category)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>（请选择等级）</source>
            <translation>(choose a level)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>主要残疾</source>
            <translation>Primary disability</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+1035" />
            <source>删除</source>
            <translation>Delete</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾提示</source>
            <translation>Disability message</translation>
        </message>
        <message>
            <location line="+4" />
            <source>第 {n} 项残疾类别</source>
            <translation>Disability {n} category</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {n} 项残疾等级</source>
            <translation>Disability {n} level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {n} 项为主要残疾</source>
            <translation>Disability {n} is the primary one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>删除第 {n} 项残疾</source>
            <translation>Delete disability {n}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>第 {n} 项残疾提示</source>
            <translation>Disability {n} message</translation>
        </message>
        <message>
            <location line="+22" />
            <location line="+1" />
            <location line="+167" />
            <location filename="../../app/ui/sync_ui.py" line="-17" />
            <source>残疾情况</source>
            <translation>Disabilities</translation>
        </message>
        <message>
            <location line="-162" />
            <source>添加一项残疾(&amp;D)</source>
            <translation>Add a &amp;disability</translation>
        </message>
        <message>
            <location line="+1" />
            <source>添加一项残疾</source>
            <translation>Add a disability</translation>
        </message>
        <message>
            <location line="+1" />
            <source>多重残疾：先选“多重残疾”为主要残疾，再逐项添加各项残疾</source>
            <translation>Multiple disabilities: first choose “Multiple disabilities” as the primary disability, then add each disability</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾情况提示</source>
            <translation>Disabilities message</translation>
        </message>
        <message>
            <location line="+5" />
            <source>多重残疾：第一项选“多重残疾”并设为主要，再添加各项具体残疾。</source>
            <translation>Multiple disabilities: choose “Multiple disabilities” in the first line and make it primary, then add each specific disability.</translation>
        </message>
        <message>
            <location line="+96" />
            <source>登记新服务对象</source>
            <translation>Register a new client</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改登记资料 - {name}</source>
            <translation>Edit registration - {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登记</source>
            <translation>Register</translation>
        </message>
        <message>
            <location line="+0" />
            <location filename="../../app/ui/record_dialog.py" line="-26" />
            <source>保存</source>
            <translation>Save</translation>
        </message>
        <message>
            <location line="+9" />
            <source>18 位，末位可以是 X</source>
            <translation>18 characters; the last may be X</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号说明</source>
            <translation>ID number note</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号 + 类别 + 等级，共 20 位（可不填）</source>
            <translation>ID number + category + level, 20 characters (optional)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>（未登记）</source>
            <translation>(not recorded)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>手机或 0769-座机</source>
            <translation>Mobile, or 0769- landline</translation>
        </message>
        <message>
            <location line="+3" />
            <source>负责辅导员</source>
            <translation>Job coach</translation>
        </message>
        <message>
            <location line="+1" />
            <source>（未分配）</source>
            <translation>(not assigned)</translation>
        </message>
        <message>
            <location line="+6" />
            <source>转介说明</source>
            <translation>Referral note</translation>
        </message>
        <message>
            <location line="+0" />
            <source>转介人、转介原因等</source>
            <translation>Who referred the client, why, etc.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/sync_ui.py" line="+23" />
            <source>监护人姓名</source>
            <translation>Guardian's name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>监护人关系</source>
            <translation>Guardian's relationship</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+1" />
            <source>监护人电话</source>
            <translation>Guardian's phone</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/sync_ui.py" line="-3" />
            <source>工作经历</source>
            <translation>Work history</translation>
        </message>
        <message>
            <location line="+1" />
            <source>享受的补贴与救助</source>
            <translation>Subsidies and assistance received</translation>
        </message>
        <message>
            <location line="+0" />
            <source>如：两项补贴、低保</source>
            <translation>e.g. the two disability allowances, minimum living allowance</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/ui/employers.py" line="-604" />
            <source>姓名(&amp;N)：</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>性别(&amp;X)：</source>
            <translation>Se&amp;x:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号(&amp;I)：</source>
            <translation>&amp;ID number:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>出生日期(&amp;B)：</source>
            <translation>&amp;Birth date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号(&amp;C)：</source>
            <translation>Disability &amp;certificate no.:</translation>
        </message>
        <message>
            <location line="+9" />
            <source>村（社区）(&amp;V)：</source>
            <translation>&amp;Village (community):</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/employers.py" line="+2" />
            <source>电话(&amp;P)：</source>
            <translation>&amp;Phone:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>接案日期(&amp;K)：</source>
            <translation>Inta&amp;ke date:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>负责辅导员(&amp;H)：</source>
            <translation>Job coac&amp;h:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>转介来源(&amp;R)：</source>
            <translation>&amp;Referral source:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>转介说明(&amp;E)：</source>
            <translation>Re&amp;ferral note:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>监护人（如有）</source>
            <translation>Guardian (if any)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>姓名(&amp;G)：</source>
            <translation>&amp;Guardian's name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关系(&amp;L)：</source>
            <translation>Re&amp;lationship:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电话(&amp;M)：</source>
            <translation>Phone nu&amp;mber:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>背景情况</source>
            <translation>Background</translation>
        </message>
        <message>
            <location line="+2" />
            <source>户籍(&amp;U)：</source>
            <translation>Ho&amp;usehold registration:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文化程度(&amp;J)：</source>
            <translation>&amp;Education:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>工作经历(&amp;W)：</source>
            <translation>&amp;Work history:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>补贴与救助(&amp;F)：</source>
            <translation>&amp;Subsidies and assistance:</translation>
        </message>
        <message>
            <location line="+22" />
            <source>带 * 的为必填：姓名、性别、出生日期、身份证号、残疾类别与等级、接案日期。输入身份证号后会自动填入出生日期和性别。</source>
            <translation>Fields marked * are required: name, sex, birth date, ID number, disability category and level, intake date. Typing the ID number fills in the birth date and sex.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>必填</source>
            <translation>Required</translation>
        </message>
        <message>
            <location line="+44" />
            <source>已按身份证号填入出生日期 {date} 和性别“{sex}”。</source>
            <translation>Birth date {date} and sex “{sex}” filled in from the ID number.</translation>
        </message>
        <message>
            <location filename="../../app/ui/common.py" line="+32" />
            <source>　</source>
            <comment>between the parts of a summary line</comment>
            <translation>  |  </translation>
        </message>
        <message>
            <location line="+5" />
            <source>；</source>
            <comment>between the items of a list in a sentence</comment>
            <translation>; </translation>
        </message>
        <message>
            <location line="+175" />
            <location filename="../../app/ui/main_window.py" line="-52" />
            <source>全选</source>
            <translation>Select all</translation>
        </message>
        <message>
            <location line="+20" />
            <source>向左滚动分页</source>
            <translation>Scroll tabs left</translation>
        </message>
        <message>
            <location line="+1" />
            <source>向右滚动分页</source>
            <translation>Scroll tabs right</translation>
        </message>
        <message>
            <location line="+1" />
            <source>向上滚动分页</source>
            <translation>Scroll tabs up</translation>
        </message>
        <message>
            <location line="+1" />
            <source>向下滚动分页</source>
            <translation>Scroll tabs down</translation>
        </message>
        <message>
            <location line="+9" />
            <source>滚动分页</source>
            <translation>Scroll tabs</translation>
        </message>
        <message>
            <location line="+6" />
            <source>关闭 {title}</source>
            <translation>Close {title}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关闭 {title}（Ctrl+W）</source>
            <translation>Close {title} (Ctrl+W)</translation>
        </message>
        <message>
            <location filename="../../app/ui/dashboard.py" line="-53" />
            <source>{rate}%（{numerator}/{denominator}）</source>
            <translation>{rate}% ({numerator}/{denominator})</translation>
        </message>
        <message>
            <location line="+24" />
            <source>服务人数</source>
            <translation>Clients served</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务人次</source>
            <translation>Sessions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>辅导时数</source>
            <translation>Coaching hours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>新增就业</source>
            <translation>New placements</translation>
        </message>
        <message>
            <location line="+1" />
            <source>就业率</source>
            <translation>Placement rate</translation>
        </message>
        <message>
            <location line="+1" />
            <source>90 天稳定就业</source>
            <translation>Retained at 90 days</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划按时完成</source>
            <translation>Plans on time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>按时接受督导</source>
            <translation>Supervision on time</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+111" />
            <source>成效仪表板</source>
            <translation>Outcomes dashboard</translation>
        </message>
        <message>
            <location line="-100" />
            <location filename="../../app/ui/forms_dialog.py" line="-9" />
            <source>范围</source>
            <translation>Scope</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/main_window.py" line="-110" />
            <source>全部</source>
            <translation>All</translation>
        </message>
        <message>
            <location line="+4" />
            <source>片区：{cluster}</source>
            <translation>Cluster: {cluster}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>镇街：{town}</source>
            <translation>Town: {town}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刷新(&amp;R)</source>
            <translation>&amp;Refresh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刷新成效数据</source>
            <translation>Refresh outcome figures</translation>
        </message>
        <message>
            <location line="+3" />
            <source>仪表板状态</source>
            <translation>Dashboard status</translation>
        </message>
        <message>
            <location line="+4" />
            <source>从(&amp;F)：</source>
            <translation>&amp;From:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>到(&amp;T)：</source>
            <translation>&amp;To:</translation>
        </message>
        <message>
            <location line="+3" />
            <location filename="../../app/ui/forms_dialog.py" line="+62" />
            <source>范围(&amp;S)：</source>
            <translation>&amp;Scope:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>主要指标</source>
            <translation>Key figures</translation>
        </message>
        <message>
            <location line="+15" />
            <source>每月新增就业</source>
            <translation>New placements per month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>各回访节点稳定就业率</source>
            <translation>Retention rate by checkpoint</translation>
        </message>
        <message>
            <location line="+1" />
            <source>每月辅导时数</source>
            <translation>Coaching hours per month</translation>
        </message>
        <message>
            <location line="+1" />
            <source>撤出曲线（辅导员在岗占比）</source>
            <translation>Fading curve (share of time the job coach is on site)</translation>
        </message>
        <message>
            <location line="+38" />
            <source>结束日期不能早于开始日期。</source>
            <translation>The end date cannot be before the start date.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>无法计算：{error}</source>
            <translation>Could not calculate: {error}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>正在计算…</source>
            <translation>Calculating…</translation>
        </message>
        <message>
            <location line="+4" />
            <source>正在计算成效数据</source>
            <translation>Calculating outcome figures</translation>
        </message>
        <message>
            <location line="+23" />
            <source>人</source>
            <translation>People</translation>
        </message>
        <message>
            <location line="+1" />
            <source>小时</source>
            <translation>Hours</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>%n天</source>
            <translation>
                <numerusform>%n day</numerusform>
                <numerusform>%n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>{start} 至 {end}　{scope}</source>
            <translation>{start} to {end}  {scope}</translation>
        </message>
        <message>
            <location line="+48" />
            <source>入职后第几周</source>
            <translation>Week after starting work</translation>
        </message>
        <message>
            <location filename="../../app/ui/dialogs.py" line="-243" />
            <source>督导</source>
            <translation>Supervisor</translation>
        </message>
        <message>
            <location line="+1" />
            <source>管理员</source>
            <translation>Administrator</translation>
        </message>
        <message>
            <location line="+15" />
            <source>请输入口令。</source>
            <translation>Please enter the passphrase.</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>口令至少需要 %n 个字符。</source>
            <translation>
                <numerusform>The passphrase needs at least %n character.</numerusform>
                <numerusform>The passphrase needs at least %n characters.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+64" />
            <source>输入口令 - CoachDesk</source>
            <translation>Enter passphrase - CoachDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输入口令</source>
            <translation>Enter passphrase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>此 CoachDesk 数据库受口令保护，请输入口令以打开。</source>
            <translation>This CoachDesk database is protected by a passphrase. Enter the passphrase to open it.</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+65" />
            <location filename="../../app/ui/main_window.py" line="+158" />
            <source>数据目录：{folder}</source>
            <translation>Data folder: {folder}</translation>
        </message>
        <message>
            <location line="-63" />
            <location line="+158" />
            <source>错误信息</source>
            <translation>Error message</translation>
        </message>
        <message>
            <location line="-156" />
            <source>口令</source>
            <translation>Passphrase</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <location line="+66" />
            <location line="+1" />
            <source>显示口令</source>
            <translation>Show passphrase</translation>
        </message>
        <message>
            <location line="-66" />
            <location line="+67" />
            <source>口令提示</source>
            <translation>Passphrase message</translation>
        </message>
        <message>
            <location line="-66" />
            <source>打开</source>
            <translation>Open</translation>
        </message>
        <message>
            <location line="+3" />
            <source>口令(&amp;P)：</source>
            <translation>&amp;Passphrase:</translation>
        </message>
        <message>
            <location line="+44" />
            <source>设置口令 - CoachDesk</source>
            <translation>Set passphrase - CoachDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+19" />
            <source>设置口令</source>
            <translation>Set passphrase</translation>
        </message>
        <message>
            <location line="-17" />
            <source>本机没有可用的系统钥匙串（如 Windows 凭据管理器、macOS 钥匙串或 GNOME 密钥环），CoachDesk 无法把数据库密钥保存在其中。

为保护服务对象的资料，CoachDesk 不会以明文保存密钥，也不会在未加密的情况下使用数据库。请设置一个口令来保护数据库密钥：以后每次打开 CoachDesk 都要输入这个口令。

口令一旦遗忘，数据将无法恢复，请妥善保管。</source>
            <translation>This computer has no usable system keychain (such as Windows Credential Manager, the macOS Keychain or GNOME Keyring), so CoachDesk cannot keep the database key in one.

To protect clients' information, CoachDesk never stores the key in plain text and never uses the database unencrypted. Please set a passphrase to protect the database key: you will enter it every time you open CoachDesk.

If the passphrase is forgotten, the data cannot be recovered. Keep it safe.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>技术信息：{detail}</source>
            <translation>Technical details: {detail}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>新口令</source>
            <translation>New passphrase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入新口令</source>
            <translation>Re-enter the new passphrase</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>新口令（至少 %n 个字符）(&amp;N)：</source>
            <translation>
                <numerusform>&amp;New passphrase (at least %n character):</numerusform>
                <numerusform>&amp;New passphrase (at least %n characters):</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>再次输入(&amp;A)：</source>
            <translation>Enter &amp;again:</translation>
        </message>
        <message>
            <location line="+29" />
            <source>两次输入的口令不一致。</source>
            <translation>The two passphrases do not match.</translation>
        </message>
        <message>
            <location line="+37" />
            <source>欢迎使用 CoachDesk</source>
            <translation>Welcome to CoachDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>首次使用设置</source>
            <translation>First-time setup</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这是第一次打开此数据目录。请填写所在机构和您的信息，创建第一个用户。</source>
            <translation>This data folder is being opened for the first time. Enter your organisation and your own details to create the first user.</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/settings_dialog.py" line="-79" />
            <source>机构名称</source>
            <translation>Organisation name</translation>
        </message>
        <message>
            <location line="+1" />
            <source>例如：东莞市某某残疾人就业服务中心</source>
            <translation>e.g. Dongguan Disability Employment Service Centre</translation>
        </message>
        <message>
            <location line="+2" />
            <source>您的姓名</source>
            <translation>Your name</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/sync_ui.py" line="+270" />
            <source>用户名</source>
            <translation>Username</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录和记录中使用，例如 lixiaoming</source>
            <translation>Used to sign in and in records, e.g. lixiaoming</translation>
        </message>
        <message>
            <location line="+6" />
            <source>创建</source>
            <translation>Create</translation>
        </message>
        <message>
            <location line="+2" />
            <source>连接机构服务器(&amp;S)…</source>
            <translation>Connect to the organisation's &amp;server…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>连接机构服务器</source>
            <translation>Connect to the organisation's server</translation>
        </message>
        <message>
            <location line="+2" />
            <source>机构已有同步服务器时：用服务器上的账号登录，同事和个案从服务器下载</source>
            <translation>If your organisation runs a sync server: log in with your account there; colleagues and cases are downloaded from it</translation>
        </message>
        <message>
            <location line="+6" />
            <source>机构名称(&amp;O)：</source>
            <translation>&amp;Organisation name:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>您的姓名(&amp;N)：</source>
            <translation>Your &amp;name:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="+11" />
            <source>用户名(&amp;U)：</source>
            <translation>&amp;Username:</translation>
        </message>
        <message>
            <location line="+50" />
            <source>选择用户 - CoachDesk</source>
            <translation>Choose user - CoachDesk</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选择用户</source>
            <translation>Choose user</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择使用本机 CoachDesk 的用户。</source>
            <translation>Choose who is using CoachDesk on this computer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用户</source>
            <translation>User</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}（{username}，{role}）</source>
            <translation>{name} ({username}, {role})</translation>
        </message>
        <message>
            <location line="+4" />
            <source>确定</source>
            <translation>OK</translation>
        </message>
        <message>
            <location line="+4" />
            <source>用户(&amp;U)：</source>
            <translation>&amp;User:</translation>
        </message>
        <message>
            <location filename="../../app/ui/due_panel.py" line="+26" />
            <source>计划检讨</source>
            <translation>Plan review</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回访将到期</source>
            <translation>Retention check due soon</translation>
        </message>
        <message>
            <location line="+1" />
            <source>回访逾期</source>
            <translation>Retention check overdue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>草稿未定稿</source>
            <translation>Draft not finalised</translation>
        </message>
        <message>
            <location line="+1" />
            <source>长期未联系</source>
            <translation>No contact for a long time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>督导到期</source>
            <translation>Supervision due</translation>
        </message>
        <message numerus="yes">
            <location line="+11" />
            <source>逾期 %n 天</source>
            <translation>
                <numerusform>%n day overdue</numerusform>
                <numerusform>%n days overdue</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{date} 到期</source>
            <translation>Due {date}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>今天</source>
            <translation>Today</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>{name}：就业计划复核已逾期%n天</source>
            <translation>
                <numerusform>{name}: plan review %n day overdue</numerusform>
                <numerusform>{name}: plan review %n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：就业计划复核%n天后到期（{date}）</source>
            <translation>
                <numerusform>{name}: plan review due in %n day ({date})</numerusform>
                <numerusform>{name}: plan review due in %n days ({date})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}：就业计划复核今天到期</source>
            <translation>{name}: plan review due today</translation>
        </message>
        <message numerus="yes">
            <location line="+6" />
            <source>{name}：就业后第{day}天回访已逾期%n天</source>
            <translation>
                <numerusform>{name}: day-{day} retention check %n day overdue</numerusform>
                <numerusform>{name}: day-{day} retention check %n days overdue</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：就业后第{day}天回访%n天后到期（{date}）</source>
            <translation>
                <numerusform>{name}: day-{day} retention check due in %n day ({date})</numerusform>
                <numerusform>{name}: day-{day} retention check due in %n days ({date})</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}：就业后第{day}天回访今天到期</source>
            <translation>{name}: day-{day} retention check due today</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{name}：{date}的服务记录未定稿</source>
            <translation>{name}: session record of {date} not finalised</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：已%n天没有服务</source>
            <translation>
                <numerusform>{name}: no session for %n day</numerusform>
                <numerusform>{name}: no session for %n days</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：接案%n天仍未开始服务</source>
            <translation>
                <numerusform>{name}: no session in the %n day since intake</numerusform>
                <numerusform>{name}: no session in the %n days since intake</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}：尚无督导记录</source>
            <translation>{name}: no supervision recorded yet</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>{name}：已%n天未接受督导</source>
            <translation>
                <numerusform>{name}: no supervision for %n day</numerusform>
                <numerusform>{name}: no supervision for %n days</numerusform>
            </translation>
        </message>
        <message>
            <location line="+2" />
            <source>{name}：{reason}</source>
            <translation>{name}: {reason}</translation>
        </message>
        <message>
            <location line="+15" />
            <source>待办</source>
            <translation>To do</translation>
        </message>
        <message>
            <location line="+3" />
            <source>待办事项</source>
            <translation>To-do items</translation>
        </message>
        <message>
            <location line="+6" />
            <source>待办统计</source>
            <translation>To-do summary</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+1" />
            <source>只看我的服务对象</source>
            <translation>Only my clients</translation>
        </message>
        <message>
            <location line="+4" />
            <source>刷新</source>
            <translation>Refresh</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刷新待办</source>
            <translation>Refresh to-do list</translation>
        </message>
        <message>
            <location line="+4" />
            <source>事项</source>
            <translation>Item</translation>
        </message>
        <message>
            <location line="+1" />
            <source>期限</source>
            <translation>Due</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/employers.py" line="+415" />
            <source>内容</source>
            <translation>Details</translation>
        </message>
        <message>
            <location line="+6" />
            <source>待办列表</source>
            <translation>To-do list</translation>
        </message>
        <message>
            <location line="+26" />
            <source>暂无待办事项。</source>
            <translation>Nothing to do at the moment.</translation>
        </message>
        <message>
            <location filename="../../app/ui/employers.py" line="-526" />
            <location line="+142" />
            <location line="+381" />
            <source>联系人</source>
            <translation>Contacts</translation>
        </message>
        <message>
            <location line="-522" />
            <source>联系记录</source>
            <translation>Contact log</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/sync_ui.py" line="-291" />
            <source>岗位分析</source>
            <translation>Job analyses</translation>
        </message>
        <message>
            <location line="+1" />
            <source>在职服务对象</source>
            <translation>Clients working here</translation>
        </message>
        <message>
            <location line="+4" />
            <source>（不涉及具体服务对象）</source>
            <translation>(no particular client)</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+186" />
            <source>工作地点</source>
            <translation>Work site</translation>
        </message>
        <message>
            <location line="-185" />
            <location line="+186" />
            <source>直属主管</source>
            <translation>Direct supervisor</translation>
        </message>
        <message>
            <location line="-183" />
            <location line="+186" />
            <source>休息安排</source>
            <translation>Breaks</translation>
        </message>
        <message>
            <location line="-184" />
            <location line="+186" />
            <location line="+38" />
            <source>企业文化与不成文规定</source>
            <translation>Company culture and unwritten rules</translation>
        </message>
        <message>
            <location line="-223" />
            <location line="+186" />
            <source>核心日常任务</source>
            <translation>Core daily tasks</translation>
        </message>
        <message>
            <location line="-185" />
            <location line="+186" />
            <source>偶尔的任务</source>
            <translation>Occasional tasks</translation>
        </message>
        <message>
            <location line="-185" />
            <location line="+186" />
            <location line="+36" />
            <source>任务步骤与绩效标准</source>
            <translation>Task steps and performance standards</translation>
        </message>
        <message>
            <location line="-221" />
            <location line="+186" />
            <source>可能的合理便利</source>
            <translation>Possible reasonable accommodations</translation>
        </message>
        <message>
            <location line="-177" />
            <source>在职（尚未回访）</source>
            <translation>Working (not yet checked)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>在职（{date} 回访确认）</source>
            <translation>Working (confirmed at the {date} check)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已离职（{date}）</source>
            <translation>Left ({date})</translation>
        </message>
        <message>
            <location line="+2" />
            <source>已离职（{date} 回访）</source>
            <translation>Left (found at the {date} check)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未入职</source>
            <translation>Not started yet</translation>
        </message>
        <message>
            <location line="+7" />
            <source>{name}（{date} 接案，在本单位）</source>
            <translation>{name} (intake {date}, placed here)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{name}（{date} 接案）</source>
            <translation>{name} (intake {date})</translation>
        </message>
        <message>
            <location line="+36" />
            <source>编辑用人单位 - {name}</source>
            <translation>Edit employer - {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>编辑用人单位提示</source>
            <translation>Edit employer message</translation>
        </message>
        <message>
            <location line="+20" />
            <source>添加联系人 - {name}</source>
            <translation>Add contact - {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>联系人姓名</source>
            <translation>Contact name</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+398" />
            <source>职务</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location line="-398" />
            <source>如：人事主管、班组长</source>
            <translation>e.g. HR manager, team leader</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系电话</source>
            <translation>Phone number</translation>
        </message>
        <message>
            <location line="+0" />
            <source>手机号或 0769-xxxxxxxx</source>
            <translation>Mobile number or 0769-xxxxxxxx</translation>
        </message>
        <message>
            <location line="+3" />
            <source>职务(&amp;T)：</source>
            <translation>Job &amp;title:</translation>
        </message>
        <message>
            <location line="+27" />
            <source>记录联系 - {name}</source>
            <translation>Log contact - {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>联系日期</source>
            <translation>Contact date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系方式</source>
            <comment>contact method</comment>
            <translation>Contact method</translation>
        </message>
        <message>
            <location line="+3" />
            <source>（未指定）</source>
            <translation>(not specified)</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{name}（{title}）</source>
            <translation>{name} ({title})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>涉及的服务对象</source>
            <translation>Client concerned</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系内容</source>
            <translation>What was discussed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>客观记录：谈了什么、结果、下一步</source>
            <translation>Record objectively: what was discussed, the outcome, next steps</translation>
        </message>
        <message>
            <location line="+2" />
            <source>日期(&amp;D)：</source>
            <translation>&amp;Date:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="-964" />
            <source>方式(&amp;M)：</source>
            <translation>&amp;Mode:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>联系人(&amp;C)：</source>
            <translation>&amp;Contact person:</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+71" />
            <source>服务对象(&amp;K)：</source>
            <translation>C&amp;lient:</translation>
        </message>
        <message>
            <location line="-70" />
            <source>内容(&amp;S)：</source>
            <translation>&amp;Summary:</translation>
        </message>
        <message>
            <location line="+34" />
            <source>新增岗位分析 - {name}</source>
            <translation>New job analysis - {name}</translation>
        </message>
        <message>
            <location line="+3" />
            <source>岗位名称</source>
            <translation>Job title</translation>
        </message>
        <message>
            <location line="+1" />
            <source>为哪位服务对象分析</source>
            <translation>Client the analysis is for</translation>
        </message>
        <message>
            <location line="+3" />
            <source>如：周一至周五 9:00-17:00</source>
            <translation>e.g. Monday to Friday 9:00-17:00</translation>
        </message>
        <message>
            <location line="+1" />
            <source>如：底薪 2300 元 + 全勤奖</source>
            <translation>e.g. base pay 2300 yuan + full-attendance bonus</translation>
        </message>
        <message>
            <location line="+1" />
            <source>如：12:00-13:00 午休</source>
            <translation>e.g. 12:00-13:00 lunch break</translation>
        </message>
        <message>
            <location line="+1" />
            <source>噪音、光线、通道与无障碍</source>
            <translation>Noise, lighting, passageways and accessibility</translation>
        </message>
        <message>
            <location line="+6" />
            <source>如：班组长、工友</source>
            <translation>e.g. team leader, co-workers</translation>
        </message>
        <message>
            <location line="+18" />
            <source>分析日期(&amp;D)：</source>
            <translation>&amp;Date analysed:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>岗位(&amp;J)：</source>
            <translation>&amp;Job:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>工作地点(&amp;I)：</source>
            <translation>Work s&amp;ite:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>直属主管(&amp;U)：</source>
            <translation>Direct s&amp;upervisor:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>工作时间(&amp;H)：</source>
            <translation>Working &amp;hours:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>薪酬(&amp;P)：</source>
            <translation>&amp;Pay:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>休息安排(&amp;B)：</source>
            <translation>&amp;Breaks:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>工作环境(&amp;E)：</source>
            <translation>&amp;Environment:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>文化与规矩(&amp;C)：</source>
            <translation>&amp;Culture and rules:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>核心任务(&amp;T)：</source>
            <translation>Core &amp;tasks:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>偶尔的任务(&amp;O)：</source>
            <translation>&amp;Occasional tasks:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>任务步骤(&amp;S)：</source>
            <translation>Task &amp;steps:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>合理便利(&amp;A)：</source>
            <translation>&amp;Accommodations:</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+27" />
            <source>自然支持(&amp;N)：</source>
            <translation>&amp;Natural supports:</translation>
        </message>
        <message>
            <location line="+85" />
            <location line="+1" />
            <source>用人单位</source>
            <comment>employers window</comment>
            <translation>Employers</translation>
        </message>
        <message>
            <location line="+4" />
            <source>搜索用人单位</source>
            <translation>Search employers</translation>
        </message>
        <message>
            <location line="+1" />
            <source>名称、行业、镇街或信用代码（Ctrl+F）</source>
            <translation>Name, sector, town or credit code (Ctrl+F)</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+1" />
            <location filename="../../app/ui/main_window.py" line="-116" />
            <location line="+1" />
            <source>清除搜索</source>
            <translation>Clear search</translation>
        </message>
        <message>
            <location line="+1" />
            <source>搜索(&amp;F)：</source>
            <translation>&amp;Find:</translation>
        </message>
        <message>
            <location line="+7" />
            <location line="+117" />
            <source>名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="-113" />
            <source>比例就业</source>
            <translation>Quota employment</translation>
        </message>
        <message>
            <location line="+3" />
            <location line="+230" />
            <source>在职人数</source>
            <translation>Working now</translation>
        </message>
        <message>
            <location line="-229" />
            <source>最近联系</source>
            <translation>Last contact</translation>
        </message>
        <message>
            <location line="+5" />
            <source>用人单位列表</source>
            <translation>Employer list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上下键选择用人单位，回车键查看其档案</source>
            <translation>Up and down arrows choose an employer; Enter shows its file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位数量</source>
            <translation>Number of employers</translation>
        </message>
        <message>
            <location line="+2" />
            <source>新建用人单位(&amp;N)…</source>
            <translation>&amp;New employer…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>建立一个新的用人单位档案</source>
            <translation>Create a new employer file</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位列表提示</source>
            <translation>Employer list message</translation>
        </message>
        <message>
            <location line="+22" />
            <source>用人单位摘要</source>
            <translation>Employer summary</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位档案提示</source>
            <translation>Employer file message</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+2" />
            <source>用人单位档案分页</source>
            <translation>Employer file tabs</translation>
        </message>
        <message>
            <location line="+19" />
            <source>用人单位列表与档案</source>
            <translation>Employer list and file</translation>
        </message>
        <message>
            <location line="+55" />
            <source>按比例就业</source>
            <translation>Quota employment</translation>
        </message>
        <message>
            <location line="+5" />
            <source>编辑(&amp;E)…</source>
            <translation>&amp;Edit…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>编辑用人单位</source>
            <translation>Edit employer</translation>
        </message>
        <message>
            <location line="+0" />
            <source>修改这个用人单位的档案</source>
            <translation>Change this employer's file</translation>
        </message>
        <message>
            <location line="+40" />
            <source>联系人列表</source>
            <translation>Contact list</translation>
        </message>
        <message>
            <location line="+2" />
            <source>添加联系人(&amp;A)…</source>
            <translation>&amp;Add contact…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>添加联系人</source>
            <translation>Add contact</translation>
        </message>
        <message>
            <location line="+0" />
            <source>登记用人单位的一位联系人</source>
            <translation>Record a contact person at the employer</translation>
        </message>
        <message>
            <location line="+2" />
            <source>用人单位的联系人：</source>
            <translation>The employer's contacts:</translation>
        </message>
        <message>
            <location line="+5" />
            <source>日期</source>
            <translation>Date</translation>
        </message>
        <message>
            <location line="+5" />
            <location line="+16" />
            <location line="+25" />
            <source>服务对象</source>
            <translation>Client</translation>
        </message>
        <message>
            <location line="-34" />
            <source>联系记录列表</source>
            <translation>Contact log list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录联系(&amp;L)…</source>
            <translation>&amp;Log contact…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录联系</source>
            <translation>Log contact</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录一次走访、电话或信息联系</source>
            <translation>Record a visit, call or message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>每次走访、电话、信息（新的在上）：</source>
            <translation>Every visit, call and message (newest first):</translation>
        </message>
        <message>
            <location line="+17" />
            <source>岗位分析详情</source>
            <translation>Job analysis details</translation>
        </message>
        <message>
            <location line="+3" />
            <source>新增岗位分析(&amp;J)…</source>
            <translation>New &amp;job analysis…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>新增岗位分析</source>
            <translation>New job analysis</translation>
        </message>
        <message>
            <location line="+0" />
            <source>为一个岗位做岗位分析</source>
            <translation>Analyse a job</translation>
        </message>
        <message>
            <location line="+3" />
            <source>岗位分析（选中一行查看全文）：</source>
            <translation>Job analyses (select a row to see the full text):</translation>
        </message>
        <message>
            <location line="+14" />
            <source>在职情况</source>
            <translation>Employment status</translation>
        </message>
        <message>
            <location line="+6" />
            <source>在本单位就业的服务对象列表</source>
            <translation>Clients placed at this employer</translation>
        </message>
        <message>
            <location line="+35" />
            <source>读取用人单位失败：{error}</source>
            <translation>Reading the employers failed: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+9" />
            <source>共 %n 家（搜索“{term}”）</source>
            <translation>
                <numerusform>%n employer (search “{term}”)</numerusform>
                <numerusform>%n employers (search “{term}”)</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>共 %n 家</source>
            <translation>
                <numerusform>%n employer</numerusform>
                <numerusform>%n employers</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>没有找到“{term}”</source>
            <translation>Nothing found for “{term}”</translation>
        </message>
        <message>
            <location line="+0" />
            <source>还没有用人单位，请新建</source>
            <translation>No employers yet; please create one</translation>
        </message>
        <message>
            <location line="+33" />
            <source>读取用人单位档案失败：{error}</source>
            <translation>Reading the employer file failed: {error}</translation>
        </message>
        <message>
            <location line="+18" />
            <source>（未选择用人单位）</source>
            <translation>(no employer selected)</translation>
        </message>
        <message>
            <location line="+10" />
            <source>用人单位 - {name}</source>
            <translation>Employers - {name}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>未联系过</source>
            <translation>Never contacted</translation>
        </message>
        <message>
            <location line="+9" />
            <source>按比例就业：{status}</source>
            <translation>Quota employment: {status}</translation>
        </message>
        <message numerus="yes">
            <location line="+1" />
            <source>在职服务对象 %n 人</source>
            <translation>
                <numerusform>%n client working here</numerusform>
                <numerusform>%n clients working here</numerusform>
            </translation>
        </message>
        <message>
            <location line="+1" />
            <source>最近联系：{date}</source>
            <translation>Last contact: {date}</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+1" />
            <location line="+1" />
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="-200" />
            <source>未填写</source>
            <translation>not filled in</translation>
        </message>
        <message numerus="yes">
            <location line="+14" />
            <source>目前在职 {now} 人；共 %n 次就业安置（已离职的以灰色标出）。</source>
            <translation>
                <numerusform>Working now: {now}; %n placement in all (those who left are greyed out).</numerusform>
                <numerusform>Working now: {now}; %n placements in all (those who left are greyed out).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>还没有服务对象在这里就业。</source>
            <translation>No clients have worked here yet.</translation>
        </message>
        <message>
            <location line="+21" />
            <source>还没有岗位分析。</source>
            <translation>No job analyses yet.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>{job}（{date}）</source>
            <translation>{job} ({date})</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务对象：{name}</source>
            <translation>Client: {name}</translation>
        </message>
        <message>
            <location filename="../../app/ui/forms_dialog.py" line="-142" />
            <source>预览 — {title}</source>
            <translation>Preview — {title}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>表单预览</source>
            <translation>Form preview</translation>
        </message>
        <message>
            <location line="+8" />
            <source>PDF 页面</source>
            <translation>PDF pages</translation>
        </message>
        <message>
            <location line="+5" />
            <source>打印…</source>
            <translation>Print…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印此表单</source>
            <translation>Print this form</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+115" />
            <location line="+1" />
            <location filename="../../app/ui/session_form.py" line="+599" />
            <location filename="../../app/ui/sync_ui.py" line="+421" />
            <source>关闭</source>
            <translation>Close</translation>
        </message>
        <message>
            <location line="-115" />
            <source>关闭预览</source>
            <translation>Close preview</translation>
        </message>
        <message>
            <location line="+53" />
            <location line="+1" />
            <source>打印与导出表单</source>
            <translation>Print and export forms</translation>
        </message>
        <message>
            <location line="+3" />
            <source>表单</source>
            <translation>Form</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{title}（{code}）</source>
            <translation>{title} ({code})</translation>
        </message>
        <message>
            <location line="+5" />
            <source>当前服务对象</source>
            <translation>Current client</translation>
        </message>
        <message>
            <location line="+1" />
            <source>一名辅导员的服务对象</source>
            <translation>One job coach's clients</translation>
        </message>
        <message>
            <location line="+3" />
            <source>我的团队（全部辅导员）</source>
            <translation>My team (all job coaches)</translation>
        </message>
        <message>
            <location line="+13" />
            <source>月份</source>
            <translation>Month</translation>
        </message>
        <message>
            <location line="+5" />
            <source>不限月份（非月度表单）</source>
            <translation>Any month (forms that are not monthly)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不限月份</source>
            <translation>Any month</translation>
        </message>
        <message>
            <location line="+2" />
            <source>打印完整证件号（需有权限，并记入审计日志）</source>
            <translation>Print full ID numbers (needs permission; recorded in the audit log)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印完整证件号</source>
            <translation>Print full ID numbers</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导出文件</source>
            <translation>Export file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出文件路径（.pdf 或 .zip）</source>
            <translation>Export file path (.pdf or .zip)</translation>
        </message>
        <message>
            <location line="+1" />
            <location filename="../../app/ui/settings_dialog.py" line="+135" />
            <source>浏览…</source>
            <translation>Browse…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>选择导出文件</source>
            <translation>Choose export file</translation>
        </message>
        <message>
            <location line="+10" />
            <source>预览(&amp;V)</source>
            <translation>Pre&amp;view</translation>
        </message>
        <message>
            <location line="+1" />
            <source>预览第一份表单</source>
            <translation>Preview the first form</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印(&amp;P)…</source>
            <translation>&amp;Print…</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印</source>
            <translation>Print</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出为一个 PDF(&amp;E)</source>
            <translation>&amp;Export as one PDF</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出为一个PDF文件</source>
            <translation>Export as one PDF file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出为 ZIP(&amp;Z)</source>
            <translation>Export as &amp;ZIP</translation>
        </message>
        <message>
            <location line="+1" />
            <source>导出为ZIP压缩包</source>
            <translation>Export as a ZIP archive</translation>
        </message>
        <message>
            <location line="+10" />
            <source>表单(&amp;F)：</source>
            <translation>&amp;Form:</translation>
        </message>
        <message>
            <location line="+2" />
            <location filename="../../app/ui/main_window.py" line="+48" />
            <source>辅导员(&amp;C)：</source>
            <translation>Job &amp;coach:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>月份(&amp;M)：</source>
            <translation>&amp;Month:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>导出到(&amp;O)：</source>
            <translation>Export t&amp;o:</translation>
        </message>
        <message>
            <location line="+19" />
            <source>导出到</source>
            <translation>Export to</translation>
        </message>
        <message>
            <location line="+40" />
            <source>没有符合条件的记录。</source>
            <translation>No records match.</translation>
        </message>
        <message numerus="yes">
            <location line="+26" />
            <source>预览：共 %n 份中的第 1 份。</source>
            <translation>
                <numerusform>Preview: form 1 of %n.</numerusform>
                <numerusform>Preview: form 1 of %n.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+20" />
            <source>已取消，没有写入任何文件。</source>
            <translation>Cancelled; no file was written.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>导出失败</source>
            <translation>Export failed</translation>
        </message>
        <message>
            <location line="+4" />
            <source>生成表单</source>
            <translation>Generating forms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在生成表单</source>
            <translation>Generating forms</translation>
        </message>
        <message>
            <location line="+9" />
            <source>请先选择导出文件。</source>
            <translation>Please choose the export file first.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>无法写入 {path}：{error}</source>
            <translation>Cannot write {path}: {error}</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>已导出 %n 份表单到 {path}</source>
            <translation>
                <numerusform>Exported %n form to {path}</numerusform>
                <numerusform>Exported %n forms to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+13" />
            <source>已发送 %n 份表单（{pages} 页）到打印机。</source>
            <translation>
                <numerusform>Sent %n form to the printer (pages: {pages}).</numerusform>
                <numerusform>Sent %n forms to the printer (pages: {pages}).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/main.py" line="+80" />
            <source>口令不正确，请重试。</source>
            <translation>Wrong passphrase; please try again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>环境变量 COACHDESK_PASSPHRASE 中的口令不正确，请输入正确的口令。</source>
            <translation>The passphrase in the environment variable COACHDESK_PASSPHRASE is wrong; please enter the right passphrase.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>这个用户名已被使用，请换一个。</source>
            <translation>This user name is already taken; please choose another.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写所有必填项。</source>
            <translation>Please fill in all required fields.</translation>
        </message>
        <message>
            <location line="+74" />
            <source>无法打开数据</source>
            <translation>Cannot open the data</translation>
        </message>
        <message>
            <location line="+1" />
            <source>CoachDesk 无法打开数据目录：
{folder}</source>
            <translation>CoachDesk cannot open the data folder:
{folder}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>{error}

（错误代码：{code}）</source>
            <translation>{error}

(Error code: {code})</translation>
        </message>
        <message>
            <location line="+98" />
            <source>找不到界面语言“{language}”的翻译，界面以简体中文显示。</source>
            <translation>The {language} translation is missing; showing Simplified Chinese.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>语言提示</source>
            <translation>Language notice</translation>
        </message>
        <message>
            <location filename="../../app/ui/main_window.py" line="-95" />
            <source>CoachDesk 就业辅导工作台</source>
            <translation>CoachDesk Job Coaching Workbench</translation>
        </message>
        <message>
            <location line="+41" />
            <source>搜索姓名、身份证号后四位、电话</source>
            <translation>Search name, last four digits of ID number, phone</translation>
        </message>
        <message>
            <location line="+1" />
            <source>搜索服务对象</source>
            <translation>Search clients</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输入姓名、身份证号后四位或电话，列表随输入更新</source>
            <translation>Type a name, the last four digits of an ID number or a phone number; the list updates as you type</translation>
        </message>
        <message>
            <location line="+10" />
            <source>按状态筛选</source>
            <translation>Filter by status</translation>
        </message>
        <message>
            <location line="+6" />
            <source>按镇街筛选</source>
            <translation>Filter by town</translation>
        </message>
        <message>
            <location line="+7" />
            <source>按服务阶段筛选</source>
            <translation>Filter by service phase</translation>
        </message>
        <message>
            <location line="+6" />
            <source>按辅导员筛选</source>
            <translation>Filter by job coach</translation>
        </message>
        <message>
            <location line="+6" />
            <source>只看有待办的(&amp;U)</source>
            <translation>Only with items d&amp;ue</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只看有待办事项的服务对象</source>
            <translation>Only clients with to-do items</translation>
        </message>
        <message>
            <location line="+11" />
            <source>搜索(&amp;S)：</source>
            <translation>&amp;Search:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>状态(&amp;T)：</source>
            <translation>S&amp;tatus:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>镇街(&amp;W)：</source>
            <translation>To&amp;wn:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>阶段(&amp;A)：</source>
            <translation>Ph&amp;ase:</translation>
        </message>
        <message>
            <location line="+8" />
            <location line="+38" />
            <source>服务对象列表</source>
            <translation>Client list</translation>
        </message>
        <message>
            <location line="-24" />
            <source>列标题</source>
            <translation>Column headers</translation>
        </message>
        <message>
            <location line="+10" />
            <source>服务对象总数</source>
            <translation>Number of clients</translation>
        </message>
        <message>
            <location line="+9" />
            <source>工作区</source>
            <translation>Workspace</translation>
        </message>
        <message>
            <location line="+1" />
            <source>工作区分页</source>
            <translation>Workspace tabs</translation>
        </message>
        <message>
            <location line="+25" />
            <source>当前用户</source>
            <translation>Current user</translation>
        </message>
        <message>
            <location line="+2" />
            <source>数据目录</source>
            <translation>Data folder</translation>
        </message>
        <message>
            <location line="+71" />
            <location line="+3" />
            <source>无法打开档案</source>
            <translation>Cannot open the file</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法打开该服务对象的档案。

{error}</source>
            <translation>Cannot open this client's file.

{error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{name} 的档案（Ctrl+W 关闭）</source>
            <translation>File of {name} (Ctrl+W closes)</translation>
        </message>
        <message>
            <location line="+59" />
            <source>为东莞残疾人就业辅导员和督导设计的个案记录、就业计划、安置与督导工具。</source>
            <translation>Case records, employment plans, placements and supervision for job coaches and supervisors supporting people with disabilities into work in Dongguan.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>所有服务对象资料均加密保存在本机。</source>
            <translation>All client information is stored encrypted on this computer.</translation>
        </message>
        <message>
            <location line="+3" />
            <source>关于 CoachDesk</source>
            <translation>About CoachDesk</translation>
        </message>
        <message>
            <location line="+17" />
            <source>文件(&amp;F)</source>
            <translation>&amp;File</translation>
        </message>
        <message>
            <location line="+2" />
            <source>新建服务对象(&amp;N)…</source>
            <translation>&amp;New client…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>登记新的服务对象（服务对象登记表）</source>
            <translation>Register a new client (client registration form)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>打印与导出表单(&amp;P)…</source>
            <translation>&amp;Print and export forms…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>预览、打印或导出表单</source>
            <translation>Preview, print or export forms</translation>
        </message>
        <message>
            <location line="+4" />
            <source>退出(&amp;X)</source>
            <translation>E&amp;xit</translation>
        </message>
        <message>
            <location line="+0" />
            <source>关闭 CoachDesk</source>
            <translation>Close CoachDesk</translation>
        </message>
        <message>
            <location line="+4" />
            <source>查看(&amp;V)</source>
            <translation>&amp;View</translation>
        </message>
        <message>
            <location line="+2" />
            <source>成效仪表板(&amp;D)</source>
            <translation>Outcomes &amp;dashboard</translation>
        </message>
        <message>
            <location line="+0" />
            <source>成效指标与图表</source>
            <translation>Outcome figures and charts</translation>
        </message>
        <message>
            <location line="+4" />
            <source>用人单位(&amp;E)…</source>
            <translation>&amp;Employers…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>用人单位档案：联系人、联系记录、岗位分析、在职服务对象</source>
            <translation>Employer files: contacts, contact log, job analyses, clients working there</translation>
        </message>
        <message>
            <location line="+4" />
            <source>待办(&amp;W)</source>
            <translation>&amp;To-do list</translation>
        </message>
        <message>
            <location line="+2" />
            <source>显示或隐藏待办事项</source>
            <translation>Show or hide the to-do list</translation>
        </message>
        <message>
            <location line="+4" />
            <source>放大(&amp;I)</source>
            <translation>Zoom &amp;in</translation>
        </message>
        <message>
            <location line="+0" />
            <source>放大界面</source>
            <translation>Make the interface larger</translation>
        </message>
        <message>
            <location line="+3" />
            <source>缩小(&amp;O)</source>
            <translation>Zoom &amp;out</translation>
        </message>
        <message>
            <location line="+0" />
            <source>缩小界面</source>
            <translation>Make the interface smaller</translation>
        </message>
        <message>
            <location line="+3" />
            <source>实际大小(&amp;R)</source>
            <translation>&amp;Actual size</translation>
        </message>
        <message>
            <location line="+0" />
            <source>恢复系统字号</source>
            <translation>Back to the system font size</translation>
        </message>
        <message>
            <location line="+5" />
            <source>同步(&amp;Y)</source>
            <translation>S&amp;ync</translation>
        </message>
        <message>
            <location line="+2" />
            <source>立即同步(&amp;S)</source>
            <translation>&amp;Sync now</translation>
        </message>
        <message>
            <location line="+0" />
            <source>上传本机的修改，下载别人的修改</source>
            <translation>Send this computer's changes and fetch everyone else's</translation>
        </message>
        <message>
            <location line="+3" />
            <source>登录机构服务器(&amp;L)…</source>
            <translation>&amp;Log in to the organisation's server…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>把这个工作区连接到机构的同步服务器</source>
            <translation>Connect this workspace to the organisation's sync server</translation>
        </message>
        <message>
            <location line="+3" />
            <source>处理同步冲突(&amp;C)…</source>
            <translation>Resolve &amp;conflicts…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>逐条选择保留哪一方的修改</source>
            <translation>Choose, one by one, which change to keep</translation>
        </message>
        <message>
            <location line="+3" />
            <source>退出服务器登录(&amp;O)</source>
            <translation>Log &amp;out of the server</translation>
        </message>
        <message>
            <location line="+0" />
            <source>这台电脑不再同步，未同步的修改保留在本机</source>
            <translation>This computer stops syncing; unsent changes stay on it</translation>
        </message>
        <message>
            <location line="+5" />
            <source>工具(&amp;O)</source>
            <translation>T&amp;ools</translation>
        </message>
        <message>
            <location line="+2" />
            <source>设置(&amp;S)…</source>
            <translation>&amp;Settings…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>机构、语言、缩放与提醒设置</source>
            <translation>Organisation, language, zoom and reminder settings</translation>
        </message>
        <message>
            <location line="+5" />
            <source>生成演示数据(&amp;D)…</source>
            <translation>Generate &amp;demo data…</translation>
        </message>
        <message>
            <location line="+3" />
            <source>在空的工作区生成虚构的演示个案（用于培训与试用）</source>
            <translation>Fill an empty workspace with invented demo cases (for training and trying out)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>帮助(&amp;H)</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关于 CoachDesk(&amp;A)</source>
            <translation>&amp;About CoachDesk</translation>
        </message>
        <message>
            <location line="+0" />
            <source>版本信息</source>
            <translation>Version information</translation>
        </message>
        <message>
            <location line="+10" />
            <location line="+5" />
            <location line="+17" />
            <location line="+5" />
            <source>生成演示数据</source>
            <translation>Generate demo data</translation>
        </message>
        <message>
            <location line="-27" />
            <source>演示数据只能生成在没有服务对象的工作区中。</source>
            <translation>Demo data can only be generated in a workspace with no clients.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>虚构服务对象人数：</source>
            <translation>Number of invented clients:</translation>
        </message>
        <message>
            <location line="+13" />
            <source>演示数据已生成</source>
            <translation>Demo data generated</translation>
        </message>
        <message>
            <location line="+4" />
            <source>没有完成：{error}</source>
            <translation>Not completed: {error}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>正在生成演示个案</source>
            <translation>Generating demo cases</translation>
        </message>
        <message>
            <location line="+32" />
            <source>成效仪表板 — CoachDesk</source>
            <translation>Outcomes dashboard — CoachDesk</translation>
        </message>
        <message>
            <location line="+30" />
            <source>缩放 {percent}%</source>
            <translation>Zoom {percent}%</translation>
        </message>
        <message>
            <location line="+16" />
            <source>未登录</source>
            <translation>Not signed in</translation>
        </message>
        <message>
            <location line="+3" />
            <source>当前用户：{name}（{role}）</source>
            <translation>Current user: {name} ({role})</translation>
        </message>
        <message numerus="yes">
            <location line="+3" />
            <source>共 %n 名服务对象</source>
            <translation>
                <numerusform>%n client</numerusform>
                <numerusform>%n clients</numerusform>
            </translation>
        </message>
        <message>
            <location line="+3" />
            <source>读取服务对象列表失败</source>
            <translation>Reading the client list failed</translation>
        </message>
        <message>
            <location line="+2" />
            <source>读取失败</source>
            <translation>Reading failed</translation>
        </message>
        <message>
            <location line="+0" />
            <source>无法读取服务对象列表。

{error}</source>
            <translation>Cannot read the client list.

{error}</translation>
        </message>
        <message>
            <location filename="../../app/ui/messages.py" line="+30" />
            <source>必须填写</source>
            <translation>Required</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能超过 {max} 个字</source>
            <translation>No more than {max} characters</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请从列表中选择</source>
            <translation>Please choose from the list</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能是将来的日期</source>
            <translation>Cannot be a future date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日期先后不对</source>
            <translation>Dates are in the wrong order</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结束时间必须晚于开始时间</source>
            <translation>End time must be after start time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>必须在 {min} 到 {max} 之间</source>
            <translation>Must be between {min} and {max}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能重复</source>
            <translation>Must not be repeated</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定稿前必须填写</source>
            <translation>Required before finalising</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不是当前就业计划中的目标</source>
            <translation>Not a goal in the current employment plan</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务内容还只是模板，请填写实际情况</source>
            <translation>The session content is still the template; please describe what actually happened</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号应为 {expected} 位，现在是 {length} 位</source>
            <translation>The ID number should have {expected} characters; it has {length}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号应为 17 位数字加 1 位数字或 X</source>
            <translation>The ID number should be 17 digits followed by a digit or X</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号第 7–14 位不是有效日期</source>
            <translation>Characters 7–14 of the ID number are not a valid date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号中的出生日期早于 1900 年</source>
            <translation>The birth date in the ID number is before 1900</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号中的出生日期在将来</source>
            <translation>The birth date in the ID number is in the future</translation>
        </message>
        <message>
            <location line="+2" />
            <source>身份证号校验位（第 18 位）不对，可能有数字输错</source>
            <translation>The check character of the ID number (the 18th) is wrong; a digit may be mistyped</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号第 17 位（单数为男、双数为女）与性别不符</source>
            <translation>The 17th digit of the ID number (odd for male, even for female) does not match the sex</translation>
        </message>
        <message>
            <location line="+1" />
            <source>身份证号中的出生日期与填写的出生日期不符</source>
            <translation>The birth date in the ID number does not match the birth date entered</translation>
        </message>
        <message>
            <location line="+2" />
            <source>残疾证号只有 18 位：缺少末尾的残疾类别和等级两位</source>
            <translation>The disability certificate number has only 18 characters: the two digits for disability category and level are missing at the end</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号应为 20 位（补发证加 B 和一位数字为 22 位），现在是 {length} 位</source>
            <translation>The disability certificate number should have 20 characters (22 for a reissued certificate: B and one digit added); it has {length}</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号应为身份证号加类别、等级两位数字（补发证再加 B 和一位数字）</source>
            <translation>The disability certificate number should be the ID number plus two digits for category and level (a reissued certificate adds B and one digit)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>残疾证号前 18 位不是有效的身份证号</source>
            <translation>The first 18 characters of the disability certificate number are not a valid ID number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号前 18 位与身份证号不一致</source>
            <translation>The first 18 characters of the disability certificate number do not match the ID number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号第 19 位不是有效的残疾类别</source>
            <translation>The 19th digit of the disability certificate number is not a valid disability category</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号第 19 位（类别）与主要残疾类别不符</source>
            <translation>The 19th digit of the disability certificate number (category) does not match the primary disability category</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号第 20 位不是有效的残疾等级</source>
            <translation>The 20th digit of the disability certificate number is not a valid disability level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>残疾证号第 20 位（等级）与主要残疾等级不符</source>
            <translation>The 20th digit of the disability certificate number (level) does not match the primary disability level</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请填写电话号码</source>
            <translation>Please enter a phone number</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电话号码只能包含数字、空格、括号和连字符</source>
            <translation>A phone number may only contain digits, spaces, brackets and hyphens</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只支持中国大陆的电话号码（+86）</source>
            <translation>Only mainland China phone numbers (+86) are supported</translation>
        </message>
        <message>
            <location line="+1" />
            <source>手机号码应为 11 位</source>
            <translation>A mobile number should have 11 digits</translation>
        </message>
        <message>
            <location line="+1" />
            <source>手机号码应以 13–19 开头</source>
            <translation>A mobile number should start with 13–19</translation>
        </message>
        <message>
            <location line="+1" />
            <source>固定电话请加区号（东莞为 0769-）</source>
            <translation>Please add the area code to a landline number (0769- for Dongguan)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>固定电话应为区号加 7–8 位号码，如 0769-22345678</source>
            <translation>A landline number should be the area code plus 7–8 digits, e.g. 0769-22345678</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请勾选一项（且只一项）为主要残疾</source>
            <translation>Tick one (and only one) disability as the primary one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有多重残疾时，“多重残疾”须为主要残疾</source>
            <translation>With multiple disabilities, “Multiple disabilities” must be the primary one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>多重残疾须再登记至少两项不同的具体残疾</source>
            <translation>Multiple disabilities need at least two different specific disabilities recorded as well</translation>
        </message>
        <message>
            <location line="+1" />
            <source>“多重残疾”登记了两次</source>
            <translation>“Multiple disabilities” is recorded twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>同一残疾类别登记了两次</source>
            <translation>The same disability category is recorded twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登记多项残疾时，请加一项“多重残疾”并设为主要残疾</source>
            <translation>When recording several disabilities, add “Multiple disabilities” and make it the primary one</translation>
        </message>
        <message>
            <location line="+1" />
            <source>统一社会信用代码应为 18 位数字和大写字母（不含 I、O、S、V、Z）</source>
            <translation>The unified social credit code should be 18 digits and capital letters (no I, O, S, V or Z)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>统一社会信用代码校验位（第 18 位）不对，可能有字符输错</source>
            <translation>The check character of the unified social credit code (the 18th) is wrong; a character may be mistyped</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已离职时不能选“是”</source>
            <translation>Cannot be “Yes” when the client has left the job</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不能晚于今天三个月以上</source>
            <translation>Cannot be more than three months after today</translation>
        </message>
        <message>
            <location line="+7" />
            <source>定稿前必须填写服务内容</source>
            <translation>Fill in the session content before finalising</translation>
        </message>
        <message>
            <location line="+1" />
            <source>定稿前请勾选至少一位参与者</source>
            <translation>Tick at least one participant before finalising</translation>
        </message>
        <message>
            <location line="+1" />
            <source>期限不能早于服务日期</source>
            <translation>The due date cannot be before the session date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>须晚于开始时间</source>
            <translation>Must be after the start time</translation>
        </message>
        <message>
            <location line="+1" />
            <source>同一目标选了两次</source>
            <translation>The same goal was chosen twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务日期不能晚于今天</source>
            <translation>The session date cannot be later than today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>须晚于开始日期</source>
            <translation>Must be after the start date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>须晚于签署日期</source>
            <translation>Must be after the signing date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案日期须晚于出生日期</source>
            <translation>The intake date must be after the birth date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>结案日期不能早于接案日期</source>
            <translation>The closure date cannot be before the intake date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登记了监护人关系或电话时必须填写</source>
            <translation>Required when a guardian relationship or phone number is entered</translation>
        </message>
        <message>
            <location line="+1" />
            <source>向用人单位披露残疾情况，须写明接收的用人单位</source>
            <translation>To disclose the disability to an employer, name the receiving employer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划至少需要一个目标</source>
            <translation>A plan needs at least one goal</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请至少为一个领域评分</source>
            <translation>Please rate at least one area</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个领域评了两次</source>
            <translation>This area is rated twice</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请至少登记一项残疾</source>
            <translation>Please record at least one disability</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择残疾类别</source>
            <translation>Please choose the disability category</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择残疾等级</source>
            <translation>Please choose the disability level</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择用人单位，或先新建用人单位</source>
            <translation>Please choose an employer, or add a new employer first</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写月工资（无工资填 0）</source>
            <translation>Please enter the monthly wage (0 if unpaid)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写每周工时</source>
            <translation>Please enter the weekly hours</translation>
        </message>
        <message>
            <location line="+1" />
            <source>出生日期不能晚于今天</source>
            <translation>The birth date cannot be after today</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择结案原因</source>
            <translation>Please choose the closure reason</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请选择就业形式</source>
            <translation>Please choose the form of employment</translation>
        </message>
        <message>
            <location line="+5" />
            <source>该个案已结案，不能再添加服务记录。</source>
            <translation>This case is closed; no more session records can be added.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这条服务记录已定稿，只能以“更正”的方式修改。</source>
            <translation>This session record is final; it can only be changed by an amendment.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>草稿可以直接修改，不需要更正。</source>
            <translation>A draft can be edited directly; no amendment is needed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>请填写更正原因。</source>
            <translation>Please give a reason for the amendment.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正没有改动任何内容。</source>
            <translation>The amendment does not change anything.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这些内容不能更正。</source>
            <translation>These details cannot be amended.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正的内容格式不对。</source>
            <translation>The amendment is not in the right format.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务记录不能改到另一位服务对象名下。</source>
            <translation>A session record cannot be moved to another client.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>记录不存在（可能已被删除）。</source>
            <translation>The record does not exist (it may have been deleted).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>只有负责该服务对象的辅导员、督导或管理员可以查看完整证件号。本次请求已记入审计日志。</source>
            <translation>Only the client's job coach, a supervisor or an administrator can see the full ID number. This request has been recorded in the audit log.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>请选择查看完整证件号的原因。</source>
            <translation>Please choose why you need to see the full ID number.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>当前没有登录的用户。</source>
            <translation>No user is signed in.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未保存的内容过长，无法暂存。</source>
            <translation>The unsaved content is too long to keep temporarily.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>输入有误，请按提示修改。</source>
            <translation>Some entries are not valid; please correct them as shown.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>数据库正被其他程序使用，请稍后再试。</source>
            <translation>The database is being used by another program; please try again later.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>磁盘空间不足，无法保存。</source>
            <translation>Not enough disk space to save.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>已有服务对象登记了这个身份证号。请在服务对象列表中搜索该号码。</source>
            <translation>A client with this ID number is already registered. Search for the number in the client list.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>只能分配给辅导员或督导。</source>
            <translation>Can only be assigned to a job coach or a supervisor.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这项同意已经撤回过了。</source>
            <translation>This consent has already been withdrawn.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个个案已经结案。</source>
            <translation>This case is already closed.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>日期先后不对。</source>
            <translation>The dates are in the wrong order.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>计划不能改到另一位服务对象名下。</source>
            <translation>A plan cannot be moved to another client.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>要修改的目标不属于这个计划（可能已被删除）。请关闭后重新打开。</source>
            <translation>The goal being changed is not part of this plan (it may have been deleted). Please close and open the plan again.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>您的角色不能进行这项操作。</source>
            <translation>Your role does not allow this.</translation>
        </message>
        <message>
            <location line="+7" />
            <source>只有负责该服务对象的辅导员、督导或管理员可以修改登记资料（需要查看完整证件号）。本次请求已记入审计日志。</source>
            <translation>Only the client's job coach, a supervisor or an administrator can change the registration (it shows the full ID numbers). This request has been written to the audit log.</translation>
        </message>
        <message>
            <location line="+41" />
            <source>{message}（{code}）</source>
            <translation>{message} ({code})</translation>
        </message>
        <message>
            <location filename="../../app/ui/record_dialog.py" line="-90" />
            <source>填写{name}</source>
            <translation>Fill in {name}</translation>
        </message>
        <message>
            <location line="+92" />
            <source>保存（Enter；在多行文本框中用 Ctrl+Enter）</source>
            <translation>Save (Enter; Ctrl+Enter in a multi-line text box)</translation>
        </message>
        <message>
            <location line="+15" />
            <source>继续编辑</source>
            <translation>Keep editing</translation>
        </message>
        <message>
            <location line="+10" />
            <source>不保存，关闭（Esc）</source>
            <translation>Close without saving (Esc)</translation>
        </message>
        <message>
            <location line="+123" />
            <source>放弃输入</source>
            <translation>Discard input</translation>
        </message>
        <message>
            <location line="+0" />
            <source>已输入的内容还没有保存，关闭后会丢失。确定放弃吗？</source>
            <translation>What you entered has not been saved and will be lost when you close. Discard it?</translation>
        </message>
        <message>
            <location line="+0" />
            <source>放弃</source>
            <translation>Discard</translation>
        </message>
        <message>
            <location line="+39" />
            <location filename="../../app/ui/session_form.py" line="+457" />
            <source>{title}：{message}</source>
            <translation>{title}: {message}</translation>
        </message>
        <message>
            <location line="+6" />
            <location filename="../../app/ui/session_form.py" line="-44" />
            <source>；</source>
            <comment>between the messages of one field</comment>
            <translation>; </translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>有 %n 处需要修改，详见红色提示。</source>
            <translation>
                <numerusform>%n entry needs correcting; see the messages in red.</numerusform>
                <numerusform>%n entries need correcting; see the messages in red.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../app/ui/session_form.py" line="-1290" />
            <location line="+345" />
            <source>开始时间</source>
            <translation>Start time</translation>
        </message>
        <message>
            <location line="-344" />
            <location line="+347" />
            <source>结束时间</source>
            <translation>End time</translation>
        </message>
        <message>
            <location line="-346" />
            <location line="+361" />
            <source>服务方式</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location line="-359" />
            <location line="+366" />
            <source>服务内容</source>
            <translation>Content</translation>
        </message>
        <message>
            <location line="-365" />
            <source>路程时间</source>
            <translation>Travel time</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+361" />
            <source>服务地点</source>
            <translation>Place</translation>
        </message>
        <message>
            <location line="-360" />
            <source>在岗陪伴比例</source>
            <translation>On-site presence</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+373" />
            <source>下一步计划</source>
            <translation>Next steps</translation>
        </message>
        <message>
            <location line="-372" />
            <location line="+376" />
            <source>下一步期限</source>
            <translation>Next steps due</translation>
        </message>
        <message>
            <location line="-375" />
            <location line="+158" />
            <location line="+739" />
            <source>参与者</source>
            <translation>Participants</translation>
        </message>
        <message>
            <location line="-739" />
            <source>姓名或称呼（多人用顿号“、”分开）</source>
            <translation>Names (comma-separated)</translation>
        </message>
        <message>
            <location line="+53" />
            <source>、</source>
            <comment>between names</comment>
            <translation>, </translation>
        </message>
        <message>
            <location line="+51" />
            <source>勾选表示{kind}参与了本次服务（空格键切换）</source>
            <translation>Tick when {kind} took part in this session (Space toggles)</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{kind}姓名：{names}</source>
            <translation>{kind} names: {names}</translation>
        </message>
        <message>
            <location line="+2" />
            <source>{kind}的姓名或称呼，直接输入即可</source>
            <translation>Names of {kind}: just type them</translation>
        </message>
        <message>
            <location line="+71" />
            <source>服务时长</source>
            <translation>Session length</translation>
        </message>
        <message>
            <location line="+2" />
            <source>路程时间（分钟）</source>
            <translation>Travel time (minutes)</translation>
        </message>
        <message>
            <location line="+3" />
            <source> 分钟</source>
            <translation> min</translation>
        </message>
        <message>
            <location line="+12" />
            <source>例如：工作单位、服务对象家中、康园中心</source>
            <translation>e.g. workplace, client's home, Kangyuan centre</translation>
        </message>
        <message>
            <location line="+3" />
            <source>客观、真实地记录本次服务的过程和结果</source>
            <translation>Record what was done in this session and its results, objectively and truthfully</translation>
        </message>
        <message>
            <location line="+2" />
            <source>在岗陪伴比例（撤出百分比）</source>
            <translation>On-site presence (fading percentage)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>辅导员在工作现场陪伴的时间占服务对象工作时间的百分比</source>
            <translation>The job coach's time at the workplace as a percentage of the client's working time</translation>
        </message>
        <message>
            <location line="+4" />
            <location line="+768" />
            <source>不适用</source>
            <translation>Not applicable</translation>
        </message>
        <message>
            <location line="-765" />
            <source>同事、主管、家人等在自然环境中提供的支持</source>
            <translation>Support from co-workers, supervisors, family and others in the natural environment</translation>
        </message>
        <message>
            <location line="+2" />
            <source>设定期限</source>
            <translation>Set a due date</translation>
        </message>
        <message>
            <location line="+1" />
            <source>设定下一步期限</source>
            <translation>Set a due date for the next steps</translation>
        </message>
        <message>
            <location line="+58" />
            <source>服务日期(&amp;D)：</source>
            <translation>Session &amp;date:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>开始(&amp;B)：</source>
            <translation>&amp;Start:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>结束(&amp;E)：</source>
            <translation>&amp;End:</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务类型(&amp;T)：</source>
            <translation>Session &amp;type:</translation>
        </message>
        <message>
            <location line="+4" />
            <source>路程(&amp;R)：</source>
            <translation>T&amp;ravel:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>服务地点(&amp;P)：</source>
            <translation>&amp;Place:</translation>
        </message>
        <message>
            <location line="+12" />
            <source>服务内容(&amp;C)：</source>
            <translation>&amp;Content:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>辅导员在现场陪伴的时间占服务对象工作时间的比例；不在工作现场时选“不适用”。</source>
            <translation>The job coach's time at the workplace as a share of the client's working time; choose “Not applicable” when not at the workplace.</translation>
        </message>
        <message>
            <location line="+6" />
            <source>在岗陪伴比例(&amp;F)：</source>
            <translation>On-site presence (&amp;fading):</translation>
        </message>
        <message>
            <location line="+5" />
            <source>下一步计划(&amp;X)：</source>
            <translation>Ne&amp;xt steps:</translation>
        </message>
        <message>
            <location line="+6" />
            <source>期限(&amp;U)：</source>
            <translation>D&amp;ue:</translation>
        </message>
        <message numerus="yes">
            <location line="+158" />
            <source>时长 %n 分钟</source>
            <translation>
                <numerusform>Duration %n minute</numerusform>
                <numerusform>Duration %n minutes</numerusform>
            </translation>
        </message>
        <message>
            <location line="+0" />
            <source>时长 —</source>
            <translation>Duration —</translation>
        </message>
        <message>
            <location line="+32" />
            <source>（计划进展 {progress}%）</source>
            <translation> (plan progress {progress}%)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（不在当前计划中）</source>
            <translation> (not in the current plan)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>本次处理了目标：{goal}</source>
            <translation>Worked on goal: {goal}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>目标“{goal}”的进展</source>
            <translation>Progress on goal “{goal}”</translation>
        </message>
        <message>
            <location line="+3" />
            <source>目标“{goal}”的进展说明</source>
            <translation>Progress note on goal “{goal}”</translation>
        </message>
        <message>
            <location line="+1" />
            <source>进展说明（可不填）</source>
            <translation>Progress note (optional)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>目标“{goal}”提示</source>
            <translation>Goal “{goal}” message</translation>
        </message>
        <message>
            <location line="+21" />
            <source>本次处理的计划目标(&amp;G)</source>
            <translation>Plan &amp;goals worked on</translation>
        </message>
        <message>
            <location line="+1" />
            <source>本次处理的计划目标</source>
            <translation>Plan goals worked on</translation>
        </message>
        <message>
            <location line="+5" />
            <source>该服务对象还没有有效的就业计划，暂无可选目标。</source>
            <translation>This client has no active employment plan yet, so there are no goals to choose.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>计划目标提示</source>
            <translation>Plan goals message</translation>
        </message>
        <message>
            <location line="+120" />
            <source>服务记录 - {name}</source>
            <translation>Session record - {name}</translation>
        </message>
        <message>
            <location line="+7" />
            <source>参与者提示</source>
            <translation>Participants message</translation>
        </message>
        <message>
            <location line="+4" />
            <source>&lt;b&gt;{name}&lt;/b&gt; 的服务记录</source>
            <translation>Session record of &lt;b&gt;{name}&lt;/b&gt;</translation>
        </message>
        <message>
            <location line="+3" />
            <source>记录状态</source>
            <translation>Record status</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+2" />
            <source>更正记录</source>
            <translation>Amendments</translation>
        </message>
        <message>
            <location line="+7" />
            <source>保存状态</source>
            <translation>Save status</translation>
        </message>
        <message>
            <location line="+2" />
            <source>表单提示</source>
            <translation>Form message</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+546" />
            <source>删除草稿</source>
            <translation>Delete draft</translation>
        </message>
        <message>
            <location line="-546" />
            <source>删除这份草稿（不能恢复）</source>
            <translation>Delete this draft (cannot be undone)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>更正(&amp;A)…</source>
            <translation>&amp;Amend…</translation>
        </message>
        <message>
            <location line="+0" />
            <source>更正</source>
            <translation>Amend</translation>
        </message>
        <message>
            <location line="+0" />
            <source>为已定稿的记录添加更正，原始内容保留</source>
            <translation>Add an amendment to the final record; the original is kept</translation>
        </message>
        <message>
            <location line="+3" />
            <source>保存草稿</source>
            <translation>Save draft</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保存草稿（Ctrl+S）；停止输入两秒后也会自动保存</source>
            <translation>Save draft (Ctrl+S); it is also saved automatically two seconds after you stop typing</translation>
        </message>
        <message>
            <location line="+2" />
            <location line="+481" />
            <location line="+2" />
            <source>定稿</source>
            <translation>Finalise</translation>
        </message>
        <message>
            <location line="-483" />
            <source>定稿并锁定记录（Ctrl+Enter）</source>
            <translation>Finalise and lock the record (Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关闭（Esc），已输入的内容会先保存</source>
            <translation>Close (Esc); what you entered is saved first</translation>
        </message>
        <message>
            <location line="+32" />
            <location line="+367" />
            <source>上下方向键选择，空格键勾选，直接输入姓名</source>
            <translation>Up and down arrows choose, Space ticks, type names directly</translation>
        </message>
        <message>
            <location line="-337" />
            <source>参与者(&amp;J)</source>
            <translation>Part&amp;icipants</translation>
        </message>
        <message>
            <location line="+97" />
            <source>已恢复上次未保存的内容（暂存于 {time}）。内容符合要求后会自动保存为草稿。</source>
            <translation>Unsaved input from last time has been restored (kept at {time}). It will be saved as a draft automatically once it is valid.</translation>
        </message>
        <message>
            <location line="+18" />
            <source>新记录：停止输入两秒后自动保存为草稿。</source>
            <translation>New record: saved as a draft automatically two seconds after you stop typing.</translation>
        </message>
        <message>
            <location line="+13" />
            <source>已于 {time} 定稿，记录已锁定；修改请用“更正”。</source>
            <translation>Finalised on {time}; the record is locked. Use “Amend” to change it.</translation>
        </message>
        <message>
            <location line="+5" />
            <source>其他同事</source>
            <translation>a colleague</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这是{author}的草稿，只能查看。</source>
            <translation>This is a draft by {author}; you can only view it.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>草稿：修改后会自动保存。</source>
            <translation>Draft: changes are saved automatically.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>新记录</source>
            <translation>New record</translation>
        </message>
        <message>
            <location line="+13" />
            <source>已更正，见下方更正记录</source>
            <translation>Amended; see the amendments below</translation>
        </message>
        <message>
            <location line="+3" />
            <source>已更正，现为：{value}</source>
            <translation>Amended; now: {value}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>原因：{reason}</source>
            <translation>Reason: {reason}</translation>
        </message>
        <message>
            <location line="+6" />
            <source>{field}：{old} → {new}</source>
            <translation>{field}: {old} → {new}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>&lt;p&gt;下方各栏显示定稿时的原始内容；以下为之后的更正，按时间先后：&lt;/p&gt;</source>
            <translation>&lt;p&gt;The fields below show the original content at finalisation; these are the later amendments, oldest first:&lt;/p&gt;</translation>
        </message>
        <message>
            <location line="+8" />
            <location filename="../../app/ui/sync_ui.py" line="-41" />
            <source>（空）</source>
            <translation>(empty)</translation>
        </message>
        <message numerus="yes">
            <location line="+16" />
            <source>%n 分钟</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+62" />
            <location line="+68" />
            <source>有 %n 处需要修改，详见各栏下方的红色提示。</source>
            <translation>
                <numerusform>%n entry needs correcting; see the messages in red below the fields.</numerusform>
                <numerusform>%n entries need correcting; see the messages in red below the fields.</numerusform>
            </translation>
        </message>
        <message>
            <location line="-60" />
            <source>保存失败：{error}</source>
            <translation>Could not save: {error}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>草稿已保存（{time}）。</source>
            <translation>Draft saved ({time}).</translation>
        </message>
        <message>
            <location line="+2" />
            <source>草稿已自动保存（{time}）。</source>
            <translation>Draft saved automatically ({time}).</translation>
        </message>
        <message>
            <location line="+11" />
            <source>{why}内容未能暂存：{error}</source>
            <translation>{why} The input could not be kept: {error}</translation>
        </message>
        <message>
            <location line="+5" />
            <source>{why}尚未保存为草稿；已输入的内容暂存在本机加密数据库中（{time}），改正后会自动保存为草稿。</source>
            <translation>{why} Not saved as a draft yet; what you entered is kept in the encrypted database on this computer ({time}) and will be saved as a draft once corrected.</translation>
        </message>
        <message>
            <location line="+90" />
            <source>定稿前请先改正红色提示的内容。</source>
            <translation>Correct the entries marked in red before finalising.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>定稿后这条服务记录将被锁定，之后的修改只能以“更正”方式记录（原始内容保留）。
确定定稿吗？</source>
            <translation>Once finalised, this session record is locked; later changes can only be recorded as amendments (the original is kept).
Finalise it?</translation>
        </message>
        <message>
            <location line="+49" />
            <source>更正已保存；原始内容保留，更正列在下方。</source>
            <translation>Amendment saved; the original is kept and the amendments are listed below.</translation>
        </message>
        <message>
            <location line="+8" />
            <source>删除这份草稿吗？删除后不能恢复。</source>
            <translation>Delete this draft? This cannot be undone.</translation>
        </message>
        <message>
            <location line="+27" />
            <source>无法保存</source>
            <translation>Cannot save</translation>
        </message>
        <message>
            <location line="+1" />
            <source>刚输入的内容未能保存，关闭后会丢失。仍然关闭吗？</source>
            <translation>What you just entered could not be saved and will be lost when you close. Close anyway?</translation>
        </message>
        <message>
            <location line="+1" />
            <source>仍然关闭</source>
            <translation>Close anyway</translation>
        </message>
        <message>
            <location line="+28" />
            <location line="+1" />
            <source>更正服务记录</source>
            <translation>Amend session record</translation>
        </message>
        <message>
            <location line="+7" />
            <source>已定稿的记录不会被改写。请只修改需要更正的内容，并写明原因；更正会与原始记录一起保存，并显示作者、时间和原因。</source>
            <translation>A final record is never overwritten. Change only what needs correcting and give the reason; the amendment is kept with the original record and shows its author, time and reason.</translation>
        </message>
        <message>
            <location line="+5" />
            <location filename="../../app/ui/sync_ui.py" line="+34" />
            <source>更正原因</source>
            <translation>Reason for amendment</translation>
        </message>
        <message>
            <location line="+1" />
            <source>例如：结束时间记错，按当日签到表更正</source>
            <translation>e.g. wrong end time; corrected from that day's sign-in sheet</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正原因提示</source>
            <translation>Reason for amendment message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>更正提示</source>
            <translation>Amendment message</translation>
        </message>
        <message>
            <location line="+1" />
            <source>保存更正</source>
            <translation>Save amendment</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保存更正（Ctrl+S 或 Ctrl+Enter）</source>
            <translation>Save amendment (Ctrl+S or Ctrl+Enter)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>不更正，关闭（Esc）</source>
            <translation>Close without amending (Esc)</translation>
        </message>
        <message>
            <location line="+7" />
            <source>更正原因(&amp;Y)：</source>
            <translation>Reas&amp;on for amendment:</translation>
        </message>
        <message>
            <location line="+46" />
            <source>没有修改任何内容。请先修改需要更正的栏目。</source>
            <translation>Nothing has been changed. First change the fields that need correcting.</translation>
        </message>
        <message>
            <location line="+4" />
            <source>请写明更正原因</source>
            <translation>Please give the reason for the amendment</translation>
        </message>
        <message>
            <location filename="../../app/ui/settings_dialog.py" line="-134" />
            <source>机构标志（打印表单用）</source>
            <translation>Organisation logo (for printed forms)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>界面语言</source>
            <translation>Interface language</translation>
        </message>
        <message>
            <location line="+1" />
            <source>界面缩放（%）</source>
            <translation>Interface zoom (%)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>自动同步间隔（分钟，0 为仅手动）</source>
            <translation>Automatic sync interval (minutes, 0 = only when asked)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>就业跟踪回访节点（天，逗号分隔）</source>
            <translation>Retention checkpoints (days, separated by commas)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>未联系提醒（天）</source>
            <translation>No-contact reminder (days)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案后制定计划期限（天）</source>
            <translation>Employment plan due after intake (days)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案后完成评估期限（天）</source>
            <translation>Assessment due after intake (days)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>督导间隔上限（天）</source>
            <translation>Maximum interval between supervisions (days)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>打印在表单上的机构名称</source>
            <translation>Organisation name printed on forms</translation>
        </message>
        <message>
            <location line="+1" />
            <source>打印表单使用的机构标志图片路径（PNG/JPEG）</source>
            <translation>Path of the organisation logo printed on forms (PNG/JPEG)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>界面使用的语言（重新启动后生效）</source>
            <translation>Language of the user interface (applies after a restart)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>程序内的界面缩放比例</source>
            <translation>In-app zoom of the user interface</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录服务器后，每隔这么多分钟自动同步一次（0 表示只在手动时同步）</source>
            <translation>Sync with the server automatically this often while signed in (0 = only when asked)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>安置开始后第几天进行稳定就业回访（有的机构加上 365）</source>
            <translation>Retention checks after a placement starts, in days (some organisations add 365)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务对象超过这么多天没有服务记录时提醒</source>
            <translation>Flag a client with no session for this many days</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案后这么多天内应制定就业计划</source>
            <translation>An employment plan is due this many days after intake</translation>
        </message>
        <message>
            <location line="+1" />
            <source>接案后这么多天内应完成评估</source>
            <translation>An assessment is due this many days after intake</translation>
        </message>
        <message>
            <location line="+1" />
            <source>辅导员超过这么多天没有接受督导即为逾期</source>
            <translation>Supervision is overdue when a job coach had none for this many days</translation>
        </message>
        <message>
            <location line="+2" />
            <source>界面语言将在重新启动 CoachDesk 后生效。</source>
            <translation>The new language applies when CoachDesk is restarted.</translation>
        </message>
        <message>
            <location line="+16" />
            <location line="+1" />
            <source>设置</source>
            <translation>Settings</translation>
        </message>
        <message>
            <location line="+4" />
            <source>语言生效提示</source>
            <translation>Language change notice</translation>
        </message>
        <message>
            <location line="+20" />
            <source>默认数据目录</source>
            <translation>Default data folder</translation>
        </message>
        <message>
            <location line="+2" />
            <source>下次启动时打开的数据目录；本次打开的是 {folder}</source>
            <translation>The data folder opened at the next start; this time {folder} is open</translation>
        </message>
        <message>
            <location line="+2" />
            <source>（系统默认位置）</source>
            <translation>(system default location)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>默认数据目录（下次启动生效）：</source>
            <translation>Default data folder (takes effect at next start):</translation>
        </message>
        <message>
            <location line="+3" />
            <source>设置错误</source>
            <translation>Settings error</translation>
        </message>
        <message>
            <location line="+5" />
            <source>保存设置</source>
            <translation>Save settings</translation>
        </message>
        <message>
            <location line="+5" />
            <source>当前数据目录：{folder}</source>
            <translation>Current data folder: {folder}</translation>
        </message>
        <message>
            <location line="+53" />
            <source>选择机构标志图片</source>
            <translation>Choose organisation logo image</translation>
        </message>
        <message>
            <location line="+6" />
            <source>机构标志</source>
            <translation>Organisation logo</translation>
        </message>
        <message>
            <location line="+0" />
            <source>图片 (*.png *.jpg *.jpeg)</source>
            <translation>Images (*.png *.jpg *.jpeg)</translation>
        </message>
        <message>
            <location line="+20" />
            <source>“{label}”只能填写用逗号分隔的天数</source>
            <translation>“{label}” must be numbers of days separated by commas</translation>
        </message>
        <message>
            <location line="+11" />
            <source>找不到机构标志图片文件</source>
            <translation>The organisation logo image file cannot be found</translation>
        </message>
        <message>
            <location line="+2" />
            <source>机构名称不能为空</source>
            <translation>The organisation name cannot be empty</translation>
        </message>
        <message>
            <location line="+6" />
            <source>“{label}”的值无效：{description}</source>
            <translation>“{label}” has an invalid value: {description}</translation>
        </message>
        <message>
            <location filename="../../app/ui/tasks.py" line="+1" />
            <source>取消{title}</source>
            <translation>Cancel {title}</translation>
        </message>
        <message>
            <location line="+14" />
            <source>{label}（{done}/{total}）</source>
            <translation>{label} ({done}/{total})</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync_states.py" line="+8" />
            <location filename="../../app/ui/sync_ui.py" line="-317" />
            <source>已同步</source>
            <translation>Synced</translation>
        </message>
        <message>
            <location line="+1" />
            <source>待上传</source>
            <translation>Waiting to upload</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上传中</source>
            <translation>Uploading</translation>
        </message>
        <message>
            <location line="+1" />
            <source>上传失败</source>
            <translation>Upload failed</translation>
        </message>
        <message>
            <location line="+1" />
            <source>有冲突</source>
            <translation>Conflict</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync_ui.py" line="-109" />
            <source>服务对象登记</source>
            <translation>Client registration</translation>
        </message>
        <message>
            <location line="+8" />
            <source>稳定就业回访</source>
            <translation>Retention check</translation>
        </message>
        <message>
            <location line="+3" />
            <source>单位联系人</source>
            <translation>Employer contact</translation>
        </message>
        <message>
            <location line="+6" />
            <source>姓名/名称</source>
            <translation>Name</translation>
        </message>
        <message>
            <location line="+6" />
            <source>享受待遇</source>
            <translation>Benefits</translation>
        </message>
        <message>
            <location line="+3" />
            <source>与监护人关系</source>
            <translation>Relation to guardian</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务阶段</source>
            <translation>Phase</translation>
        </message>
        <message>
            <location line="+1" />
            <source>是否删除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location line="+5" />
            <source>用户名或密码不正确。</source>
            <translation>The username or password is wrong.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个账号已停用，请联系机构管理员。</source>
            <translation>This account is disabled; please contact your organisation's administrator.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这台电脑的登录已被撤销，请重新登录。未同步的修改仍保存在本机。</source>
            <translation>This computer's sign-in was revoked; please sign in again. Changes not yet synced are kept on this computer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>登录已过期，请重新登录。未同步的修改仍保存在本机。</source>
            <translation>The sign-in has expired; please sign in again. Changes not yet synced are kept on this computer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>服务器不认识这台电脑的登录，请重新登录。未同步的修改仍保存在本机。</source>
            <translation>The server does not recognise this computer's sign-in; please sign in again. Changes not yet synced are kept on this computer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>尚未登录服务器（或系统钥匙串里没有登录凭据），请登录。</source>
            <translation>Not signed in to the server (or the system keychain holds no sign-in credentials); please sign in.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这个工作区还没有连接机构服务器。</source>
            <translation>This workspace is not connected to the organisation's server yet.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>无法连接服务器，请稍后再试。未同步的修改仍保存在本机。</source>
            <translation>Cannot reach the server; please try again later. Changes not yet synced are kept on this computer.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>地址以 http:// 开头，连接不加密。请使用 https://，或在可信网络中勾选“允许不加密连接”。</source>
            <translation>The address starts with http://, so the connection is not encrypted. Use https://, or on a trusted network tick “Allow unencrypted connections”.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>服务器地址不正确。</source>
            <translation>The server address is not valid.</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+1" />
            <source>服务器需要更新版本的 CoachDesk，请先升级。</source>
            <translation>The server needs a newer version of CoachDesk; please upgrade first.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这个工作区里已有离线创建的机构或演示数据，不能连接服务器。请用新的数据文件夹登录。</source>
            <translation>This workspace already holds an organisation created offline or demo data, so it cannot connect to a server. Please sign in with a new data folder.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这个工作区属于另一位用户或另一台服务器。请用新的数据文件夹登录。</source>
            <translation>This workspace belongs to another user or another server. Please sign in with a new data folder.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>同步已取消，已下载的部分下次继续。</source>
            <translation>Sync cancelled; what was downloaded is kept and the next sync continues from there.</translation>
        </message>
        <message>
            <location line="+9" />
            <source>同步时出现意外错误：{error}</source>
            <translation>Unexpected error while syncing: {error}</translation>
        </message>
        <message>
            <location line="+33" />
            <source>仅本机（未连接服务器）</source>
            <translation>This computer only (not connected to a server)</translation>
        </message>
        <message>
            <location line="+4" />
            <source>正在同步…</source>
            <translation>Syncing…</translation>
        </message>
        <message numerus="yes">
            <location line="+4" />
            <source>%n 处冲突待解决</source>
            <translation>
                <numerusform>%n conflict to resolve</numerusform>
                <numerusform>%n conflicts to resolve</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n 条上传失败</source>
            <translation>
                <numerusform>%n upload failed</numerusform>
                <numerusform>%n uploads failed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>%n 条待上传</source>
            <translation>
                <numerusform>%n change to upload</numerusform>
                <numerusform>%n changes to upload</numerusform>
            </translation>
        </message>
        <message>
            <location line="+10" />
            <source>上次同步 {time}</source>
            <translation>Last synced {time}</translation>
        </message>
        <message>
            <location filename="../../app/ui/caseload_model.py" line="-287" />
            <location filename="../../app/ui/client_file.py" line="-633" />
            <location filename="../../app/ui/sync_ui.py" line="+38" />
            <location line="+89" />
            <source>同步</source>
            <translation>Sync</translation>
        </message>
        <message>
            <location filename="../../app/ui/sync_ui.py" line="-88" />
            <source>正在与服务器同步</source>
            <translation>Syncing with the server</translation>
        </message>
        <message>
            <location line="+22" />
            <source>与服务器的核对不一致</source>
            <translation>The check against the server does not match</translation>
        </message>
        <message numerus="yes">
            <location line="+8" />
            <source>服务器拒收了 %n 条记录（已保留在本机，标记为“上传失败”）。</source>
            <translation>
                <numerusform>The server refused %n record (kept on this computer, marked “Upload failed”).</numerusform>
                <numerusform>The server refused %n records (kept on this computer, marked “Upload failed”).</numerusform>
            </translation>
        </message>
        <message>
            <location line="+7" />
            <source>重新核对后，本机与服务器仍有差异：{tables}</source>
            <translation>After checking again, this computer and the server still differ: {tables}</translation>
        </message>
        <message numerus="yes">
            <location line="+7" />
            <source>%n 位服务对象已转给其他辅导员，但本机还有未上传的修改，暂时保留。</source>
            <translation>
                <numerusform>%n client was moved to another job coach but has changes not yet uploaded here; kept for now.</numerusform>
                <numerusform>%n clients were moved to another job coach but have changes not yet uploaded here; kept for now.</numerusform>
            </translation>
        </message>
        <message>
            <location line="+5" />
            <source>同步完成，但有需要注意的地方</source>
            <translation>Sync finished, with things to look at</translation>
        </message>
        <message>
            <location line="+6" />
            <location line="+192" />
            <location line="+1" />
            <source>同步冲突</source>
            <translation>Sync conflicts</translation>
        </message>
        <message numerus="yes">
            <location line="-191" />
            <source>有 %n 处修改与别人的修改冲突，两边的内容都已保存。现在处理吗？</source>
            <translation>
                <numerusform>%n change conflicts with someone else's; both versions are saved. Resolve it now?</numerusform>
                <numerusform>%n changes conflict with someone else's; both versions are saved. Resolve them now?</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>处理冲突(&amp;R)</source>
            <translation>&amp;Resolve conflicts</translation>
        </message>
        <message>
            <location line="+1" />
            <source>稍后</source>
            <translation>Later</translation>
        </message>
        <message>
            <location line="+7" />
            <source>离线</source>
            <translation>Offline</translation>
        </message>
        <message>
            <location line="+0" />
            <source>同步未完成</source>
            <translation>Sync not finished</translation>
        </message>
        <message>
            <location line="+6" />
            <source>确认删除</source>
            <translation>Confirm deletion</translation>
        </message>
        <message numerus="yes">
            <location line="+2" />
            <source>服务器上删除了 %n 条本机仍有的记录。要在本机也删除吗？（删除的记录仍可在服务器上找回）</source>
            <translation>
                <numerusform>%n record this computer still has was deleted on the server. Delete it here too? (Deleted records can be recovered on the server.)</numerusform>
                <numerusform>%n records this computer still has were deleted on the server. Delete them here too? (Deleted records can be recovered on the server.)</numerusform>
            </translation>
        </message>
        <message>
            <location line="+4" />
            <source>应用删除(&amp;A)</source>
            <translation>&amp;Apply deletions</translation>
        </message>
        <message>
            <location line="+1" />
            <source>暂不</source>
            <translation>Not now</translation>
        </message>
        <message>
            <location line="+25" />
            <source>退出服务器登录</source>
            <translation>Sign out of the server</translation>
        </message>
        <message>
            <location line="+1" />
            <source>这台电脑将不再与服务器同步，直到再次登录。未同步的修改会保留在本机。</source>
            <translation>This computer will not sync with the server until you sign in again. Changes not yet synced stay on this computer.</translation>
        </message>
        <message>
            <location line="+1" />
            <source>退出登录(&amp;O)</source>
            <translation>Sign &amp;out</translation>
        </message>
        <message>
            <location line="+21" />
            <location line="+1" />
            <source>登录机构服务器</source>
            <translation>Sign in to the organisation's server</translation>
        </message>
        <message>
            <location line="+3" />
            <source>服务器地址</source>
            <translation>Server address</translation>
        </message>
        <message>
            <location line="+5" />
            <source>密码</source>
            <translation>Password</translation>
        </message>
        <message>
            <location line="+2" />
            <source>这台电脑的名称</source>
            <translation>Name of this computer</translation>
        </message>
        <message>
            <location line="+1" />
            <source>机构管理员在设备列表里看到的名称</source>
            <translation>The name your administrator sees in the list of devices</translation>
        </message>
        <message>
            <location line="+1" />
            <source>允许不加密的 http 连接（仅限可信的内部网络）(&amp;I)</source>
            <translation>Allow unencrypted http connections (trusted internal networks only) (&amp;I)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>允许不加密的 http 连接</source>
            <translation>Allow unencrypted http connections</translation>
        </message>
        <message>
            <location line="+2" />
            <source>服务器地址(&amp;S)：</source>
            <translation>&amp;Server address:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>密码(&amp;P)：</source>
            <translation>&amp;Password:</translation>
        </message>
        <message>
            <location line="+1" />
            <source>电脑名称(&amp;N)：</source>
            <translation>Computer &amp;name:</translation>
        </message>
        <message>
            <location line="+2" />
            <source>密码只用于这次登录，不会保存；登录凭据保存在系统钥匙串中。</source>
            <translation>The password is used for this sign-in only and is not stored; the sign-in credentials are kept in the system keychain.</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登录提示</source>
            <translation>Sign-in message</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登录并同步(&amp;L)</source>
            <translation>Sign in and sync (&amp;L)</translation>
        </message>
        <message>
            <location line="+2" />
            <source>登录并同步</source>
            <translation>Sign in and sync</translation>
        </message>
        <message>
            <location line="+19" />
            <source>请填写服务器地址、用户名和密码。</source>
            <translation>Please fill in the server address, username and password.</translation>
        </message>
        <message>
            <location line="+40" />
            <source>登录</source>
            <translation>Sign in</translation>
        </message>
        <message>
            <location line="+1" />
            <source>正在登录并下载数据</source>
            <translation>Signing in and downloading data</translation>
        </message>
        <message>
            <location line="+17" />
            <source>已删除</source>
            <translation>Deleted</translation>
        </message>
        <message>
            <location line="+0" />
            <source>未删除</source>
            <translation>Not deleted</translation>
        </message>
        <message>
            <location line="+18" />
            <source>记录</source>
            <translation>Record</translation>
        </message>
        <message>
            <location line="+1" />
            <source>字段</source>
            <translation>Field</translation>
        </message>
        <message>
            <location line="+1" />
            <location line="+10" />
            <source>当前值</source>
            <translation>Current value</translation>
        </message>
        <message>
            <location line="-9" />
            <location line="+13" />
            <source>另一版本</source>
            <translation>Other version</translation>
        </message>
        <message>
            <location line="-8" />
            <source>冲突列表</source>
            <translation>Conflict list</translation>
        </message>
        <message>
            <location line="+11" />
            <source>已定稿的记录：采用另一版本会生成一条更正，请写明原因</source>
            <translation>A final record: taking the other version makes an amendment; please give the reason</translation>
        </message>
        <message>
            <location line="+1" />
            <source>冲突处理提示</source>
            <translation>Conflict message</translation>
        </message>
        <message>
            <location line="+2" />
            <source>保留当前值(&amp;K)</source>
            <translation>&amp;Keep current value</translation>
        </message>
        <message>
            <location line="+0" />
            <source>保留当前值</source>
            <translation>Keep current value</translation>
        </message>
        <message>
            <location line="+0" />
            <source>记录保持现在的内容，冲突标记为已处理</source>
            <translation>The record keeps its current content; the conflict is marked resolved</translation>
        </message>
        <message>
            <location line="+2" />
            <source>采用另一版本(&amp;T)</source>
            <translation>&amp;Take the other version</translation>
        </message>
        <message>
            <location line="+0" />
            <source>采用另一版本</source>
            <translation>Take the other version</translation>
        </message>
        <message>
            <location line="+0" />
            <source>把记录改为另一版本的内容</source>
            <translation>Change the record to the other version's content</translation>
        </message>
        <message>
            <location line="+1" />
            <source>关闭(&amp;C)</source>
            <translation>&amp;Close</translation>
        </message>
        <message>
            <location line="+6" />
            <source>当前值（记录现在的内容）</source>
            <translation>Current value (what the record holds now)</translation>
        </message>
        <message>
            <location line="+1" />
            <source>另一版本（另一方的修改）</source>
            <translation>Other version (the other side's change)</translation>
        </message>
        <message>
            <location line="+14" />
            <source>两边的修改都已保存。请逐条选择保留哪一个；未处理的冲突会一直保留。</source>
            <translation>Both sides' changes are saved. Choose which to keep, one by one; unresolved conflicts stay until resolved.</translation>
        </message>
        <message>
            <location line="+30" />
            <source>没有待处理的冲突。</source>
            <translation>No conflicts to resolve.</translation>
        </message>
    </context>
</TS>
