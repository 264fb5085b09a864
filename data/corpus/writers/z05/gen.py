#!/usr/bin/env python3
"""z05 generator: writes calls.jsonl = hand.jsonl + generated calls (deterministic)."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(20240505)
PATTERNS = ["abuse", "code_request", "consent_bypass", "cost_concealment",
            "fake_cancellation", "fake_reward", "pressure"]

OPS = [
    {"op": "中国移动", "hot": "10086", "app": "中国移动app", "cloud": "移动云盘", "short": "移动", "q": "0000"},
    {"op": "中国电信", "hot": "10000", "app": "中国电信app", "cloud": "天翼云盘", "short": "电信", "q": "0000"},
]

_USED = set()
def pick(x):
    """choose from a bank, avoiding repeats within the current call when possible"""
    fresh = [e for e in x if repr(e) not in _USED]
    e = rng.choice(fresh or x)
    _USED.add(repr(e))
    return e

class Call:
    def __init__(self, ctx):
        self.t = []
        self.ctx = ctx
    def a(self, text, *labels):
        self.t.append({"speaker": "agent", "text": fill(text, self.ctx), "labels": sorted(set(labels))})
    def c(self, text):
        if self.t and self.t[-1]["speaker"] == "customer":
            self.t[-1]["text"] += fill(text, self.ctx)
            return
        self.t.append({"speaker": "customer", "text": fill(text, self.ctx), "labels": []})
    def filler(self):
        if self.t and self.t[-1]["speaker"] == "agent":
            self.c(pick(FILLER))
    def u(self, text, *labels):
        self.t.append({"speaker": "unknown", "text": fill(text, self.ctx), "labels": sorted(set(labels))})

def fill(s, ctx):
    return s.format(**ctx)

def new_ctx():
    _USED.clear()
    o = dict(rng.choice(OPS))
    o["tail"] = "%04d" % rng.randint(0, 9999)
    o["gh"] = str(rng.randint(1000, 69999))
    base = pick([38, 39, 58, 59, 68, 78, 79, 88, 99, 108, 128])
    add = pick([10, 15, 20, 25, 30, 40, 50])
    o["base"] = base; o["add"] = add; o["new"] = base + add
    o["gb"] = pick([10, 15, 20, 30, 40, 50])
    o["fee"] = pick([10, 15, 18, 19, 20, 25, 29, 30, 39])
    o["mem"] = pick(["视频会员", "音乐会员", "视频彩铃", "云盘会员", "游戏会员", "阅读会员", "5G权益包", "碎屏保险"])
    o["bb"] = pick([100, 200, 300, 500])
    o["bb2"] = pick([500, 1000])
    o["fus"] = pick([99, 129, 139, 149, 169, 199])
    o["code_len"] = pick(["六位数", "6位", "4位", "六位"])
    o["month"] = pick(["下个月", "下月1号", "明天", "月底", "本月底"])
    o["title"] = pick(["先生", "女士", "", "", "阿姨", "大哥", "大姐"])
    return o

# ---------------- phrase banks (deceptive) ----------------
GREET_FAKE = [
    "您好，我这边是{op}客服，请问是尾号{tail}的机主吗？",
    "喂，您好，{short}公司客服中心，打扰您一分钟。",
    "您好{title}，这里是{hot}客服，给您来电是有个好消息通知您。",
    "您好，我是{op}的，您的号码是我们的老用户对吧？",
    "喂，您好，{op}服务中心，您现在方便接听吗？",
    "您好，这边是{op}客户回馈中心。",
]
CUST_ACK = ["嗯，什么事？", "是我，你说。", "什么事？", "你说吧。", "嗯。", "有事吗？", "你哪位？"]
REWARD_LURE = [
    "您是我们的星级用户，公司回馈老用户，每月给您增加{gb}G流量。",
    "恭喜您，您的号码被系统选中，可以参加老用户专享升级。",
    "您的号码在本次周年庆中被抽中了，可以领取{gb}G的5G流量福利。",
    "您是我们的金卡用户，这个月给您发放一个专属权益。",
    "为了感谢您多年使用{short}，给您赠送一份话费礼包，每月返{add}元。",
    "您的号码符合优质客户条件，可以免费升级5G套餐。",
    "您是我们的五星用户，有一个回馈老用户的流量礼包，只有少数用户有。",
]
COST_CLAIM = [
    "套餐资费不变，您每个月交多少还是多少。",
    "这个是送的，不会多扣您一分钱。",
    "资费不变，就是多给您流量。",
    "完全免费的，您账单上不会有变化。",
    "不收费的，这是给老用户的福利。",
    "您放心，费用跟原来一样。",
]
ASK_PRICE = ["是不是要收费？", "要钱吗？", "这个收费吗？", "多少钱一个月？", "那以后要不要钱？",
             "是不是要收费？你直接说。", "收不收费你说清楚。", "办了以后每个月多少钱？"]
DODGE_PRICE = [
    "您先听我说完，这个活动很划算的。",
    "您不用担心费用的问题，我们不会乱扣费。",
    "就是在原来的基础上稍微调整一下，差不了多少。",
    "这个系统会自动给您匹配，反正不会比现在贵。",
    "一杯奶茶钱都不到，您就放心吧。",
    "流量多了一倍，算下来您是省钱的。",
    "具体的您办了以后短信会告诉您。",
    "跟您现在差不多，您就别纠结了。",
    "不会多的，您就正常用。",
]
ASK_PRICE_AGAIN = ["我问的是具体多少钱。", "差不多是多少？你说个数。", "你还是没说多少钱。",
                   "那你把价格说清楚。", "你就说一个月多少钱。"]
ASK_WHO = ["你们是哪里的？", "你们是哪里的？是{hot}吗？", "你是{hot}还是外包公司？",
           "你这个号码怎么不是{hot}？", "你工号多少？哪个部门的？"]
DODGE_WHO = [
    "我们就是{short}的，专门做套餐升级的。",
    "我们是{short}的合作单位，办的都是官方业务。",
    "这个您不用管，给您办的都是正规的。",
    "我们是{hot}的外呼专线，用的工作号码。",
    "都是{short}的，您放心。",
    "工号不方便透露，我们是{short}这边的。",
]
REFUSE = ["不需要。", "我不办。", "不用了，谢谢。", "我不要。", "不需要，别打了。", "我说了不要。", "不办，挂了。"]
PRESS = [
    "您先别急着拒绝，这个名额今天就截止了。",
    "这个活动今天是最后一天，过了就没有了。",
    "全省就剩几个名额了，您不办就给别人了。",
    "您再考虑一下，错过了以后就是原价了。",
    "您这个号码要是不升级，下个月可能会限速。",
    "不办的话您的老套餐下个月就下线了，到时候自动停机。",
    "我再给您说一遍，流量多一倍，您真的不考虑一下？",
    "很多用户都办了，就差您了。",
    "不办的话会影响您的星级，以后什么优惠都没有了。",
]
ABUSE = [
    "您这人怎么回事，给您优惠还不要。",
    "问题真多，您到底办不办？",
    "别浪费我时间了。",
    "您是听不懂吗？说了不收费。",
    "跟您这种人说话真累。",
    "不识好歹。",
    "您这个年纪就是接受不了新东西。",
    "爱办不办，有的是人要。",
    "您有毛病吧，送您的都不要。",
]
ABUSE_CANCEL = [
    "您这人怎么回事，帮您取消还不配合。",
    "谁骗您了？您有被害妄想症吧。",
    "不报拉倒，扣了钱别来哭。",
    "您脑子转不过弯来是吧？",
    "跟您说了半天都白说，真费劲。",
    "您爱信不信，我还忙着呢。",
]
BYPASS = [
    "好的，那我这边就直接帮您办理了，下个月生效。",
    "那我先帮您确认了啊，短信会通知您。",
    "好，已经给您登记上了。",
    "没有意见的话我就给您提交了。",
    "我这边已经帮您操作好了，您正常使用就行。",
    "那就按默认给您办了，您不用管。",
    "我帮您签一下就行，省得您跑营业厅。",
]
FILLER = ["然后呢？", "嗯，然后呢？", "那怎么弄？", "你继续说。", "嗯。", "哦，那要我做什么？", "什么意思？"]
HMM = ["嗯……", "嗯。", "啊？", "哦。", "……", "这个……"]
CUST_PROTEST = ["我没同意啊！", "等等，我还没答应。", "谁让你办了？", "我说办了吗？", "你别乱办！", "给我取消！"]
BYPASS_INSIST = ["已经提交了，撤不回来了。", "都办好了，您用着就知道好了。", "您刚才没反对，就是同意了。",
                 "系统已经生效了，您要取消自己去营业厅。"]
CODE_ASK = [
    "{hot}会给您发一个{code_len}的验证码，您念给我就行。",
    "您手机马上会收到一条短信，把里面的验证码告诉我。",
    "您把刚收到的{code_len}数字报一下，我这边好操作。",
    "收到验证码了吧？您读一下。",
    "麻烦您把短信里的验证码说一下，我帮您提交。",
]
CUST_CODE_DOUBT = [
    "验证码不是不能告诉别人吗？",
    "短信上写着“请勿泄露”啊。",
    "为什么要验证码？",
    "我自己在{app}里弄不行吗？",
]
CODE_INSIST = [
    "告诉我们客服没关系的，我们是内部操作。",
    "那是系统模板，您别管，念数字就行。",
    "{app}里办不了，只能电话这边操作，您快念一下。",
    "验证码5分钟就过期了，您快点。",
    "这是为了核实身份，您报一下就好。",
]
FAKE_CANCEL_OPEN = [
    "您之前赠送的{mem}{month}开始扣费了，每月{fee}元，需要帮您取消吗？",
    "系统显示您的号码开通了{mem}，免费期到了，马上要按每月{fee}元扣费，要不要帮您退掉？",
    "您的号码有一个{mem}的订单，{month}开始收费，我们帮您免费取消。",
    "您名下有一个没激活的{mem}，{month}起每月扣{fee}元，帮您关掉吗？",
]
FAKE_CANCEL_INSIST = [
    "是您办套餐的时候附带送的，系统里有记录。",
    "可能是您家里人用您手机领的，后台显示有。",
    "{app}里查不到的，这个是后台业务。",
    "账单上显示的是增值业务费，就是这个。",
]
CUST_NOT_MINE = ["我没开过啊。", "什么会员？我不知道。", "我从来没用过这个。", "我没办过啊。"]
END_CUST_DECEPT = ["我自己打{hot}问。", "我不信，挂了。", "我去营业厅问。", "我要去工信部投诉你们。",
                   "我记下你这个号码了。", "算了，我挂了。", "你别再打了。"]
END_AGENT_DECEPT = ["那您自己看着办吧。", "行吧。", "那您再考虑考虑。", "好的，再见。", "随便您。", "嘟……"]

# product pitch per domain
PITCH = {
    "upgrade": ["给您的套餐升级一下，流量多{gb}G，通话多200分钟。", "您现在的{base}元套餐太老了，给您换成新版的5G套餐。",
                "给您做个套餐优化，流量翻倍。"],
    "vice": ["您的主套餐可以加一张副卡，给家里人用。", "给您送一张副卡，共享您的流量和通话。",
             "给您家里老人孩子配一张副卡，全国通用。"],
    "fusion": ["给您家宽带升级成融合套餐，手机和宽带合在一起。", "您家{bb}M的宽带可以提速到{bb2}M，换成融合套餐就行。",
               "给您办个家庭融合套餐，全家共享，宽带不用另外交。"],
    "rights": ["给您开一个5G权益包，里面有{gb}G流量和视频会员。", "您可以领一个5G加速包，网速快10倍。",
               "给您开通5G权益包体验，包含视频月卡和定向流量。"],
    "cloud": ["给您开一个{cloud}会员，照片视频都能备份。", "给您的{cloud}扩容到1T，照片不会丢。",
              "给您升级{cloud}会员，手机空间不够了可以存进去。"],
}

def deceptive_call():
    ctx = new_ctx()
    k = Call(ctx)
    kind = pick(["lure_upgrade", "lure_upgrade", "fake_cancel", "fake_cancel", "push_product", "push_product",
                 "threat", "code_gift"])
    domain = pick(list(PITCH))
    scen = kind + "_" + domain
    # opening
    k.a(pick([g for g in GREET_FAKE if kind in ("lure_upgrade", "code_gift") or "好消息" not in g]))
    k.c(pick(CUST_ACK))
    if kind == "lure_upgrade":
        k.a(pick(REWARD_LURE) + pick(PITCH[domain]), "fake_reward")
    elif kind == "fake_cancel":
        if domain in ("upgrade", "fusion"):
            ctx["mem"] = pick(["视频会员", "音乐会员", "视频彩铃", "流量加油包", "套餐叠加包"])
        if domain == "cloud":
            ctx["mem"] = ctx["cloud"] + "会员"
        if domain == "rights":
            ctx["mem"] = "5G权益包"
        if rng.random() < 0.15:
            k.t.insert(0, {"speaker": "unknown", "text": fill("【语音】尊敬的用户，您的号码将开通{mem}，每月扣费{fee}元，如需取消请按1。", ctx), "labels": ["fake_cancellation"]})
        k.a(pick(FAKE_CANCEL_OPEN), "fake_cancellation")
    elif kind == "threat":
        k.a(pick(["您的号码套餐版本过期了，{month}会被停机，需要马上升级。",
                  "您的号码有一个合约没续签，不处理会影响您的个人征信。",
                  "系统检测到您的号码存在异常，不升级的话{month}会限速。",
                  "您的宽带合约到期了，不转融合套餐就要断网了。"]), "pressure")
    elif kind == "code_gift":
        k.a(pick(["您有一份{gb}G的流量奖励还没领取，需要验证一下才能到账。",
                  "您的积分年底清零，可以帮您兑换成话费。",
                  "您上个月被多扣了{fee}元话费，现在给您退回来。",
                  "您被抽中了{cloud}的免费会员，领取需要核验一下。"]), "fake_reward")
    else:
        k.a(pick(PITCH[domain]))
    # middle moves
    moves = []
    if kind in ("fake_cancel",):
        moves = ["not_mine", "code"] + rng.sample(["who", "price_code", "press", "abuse", "doubt_code"], rng.randint(1, 3))
    elif kind == "code_gift":
        moves = ["code"] + rng.sample(["who", "price_code", "press", "abuse", "doubt_code"], rng.randint(1, 3))
    else:
        pool = ["price", "price", "who", "refuse", "hmm", "abuse", "code", "price_again", "refuse"]
        moves = ["price"] + rng.sample(pool, rng.randint(1, 6))
    # early moves (questions, code) in light shuffle, then refusal-type moves
    first, rest = moves[0], moves[1:]
    early = [m for m in rest if m in ("price", "price_again", "who", "code", "doubt_code", "price_code", "not_mine")]
    late = [m for m in rest if m not in early]
    rng.shuffle(early); rng.shuffle(late)
    if "price_again" in early and "price" not in [first] + early[:early.index("price_again")]:
        early.remove("price_again"); early.append("price_again")
    if "doubt_code" in early and "code" in early and early.index("doubt_code") < early.index("code"):
        early.remove("doubt_code"); early.append("doubt_code")
    late.sort(key=lambda m: {"hmm": 0, "refuse": 1, "press": 1, "abuse": 2}.get(m, 1))
    seen_m = set()
    for i, m in enumerate(early):
        if m == "price" and ("price" in seen_m or first == "price"):
            early[i] = "price_again"
        seen_m.add(m)
    moves = [first] + early + late
    refused = False
    for m in moves:
        if len(k.t) > 22:
            break
        if m == "not_mine":
            k.c(pick(CUST_NOT_MINE))
            k.a(pick(FAKE_CANCEL_INSIST), "fake_cancellation")
            k.c(pick(["那你取消吧。", "那赶紧帮我取消。", "那怎么取消？", "好吧，那退掉。"]))
        elif m == "code":
            k.filler()
            k.a(pick(CODE_ASK), "code_request")
            if rng.random() < 0.6:
                k.c(pick(CUST_CODE_DOUBT + (["短信里写的是办理业务，不是取消啊？"] if kind == "fake_cancel" else [])))
                k.a(pick(CODE_INSIST), "code_request")
        elif m == "doubt_code":
            k.c(pick(["我看短信写的是'订购'两个字。", "这个短信说我在办理新套餐？", "短信里有个价格，{new}元。"]))
            k.a(pick(["订购就是取消的意思，系统的说法。", "那个是系统模板，不会扣钱的。", "您别看那个，直接念数字。"]),
                "cost_concealment", "code_request")
        elif m == "price_code":
            if kind == "fake_cancel":
                k.c(pick(["取消要收费吗？", "是不是要收费？", "取消以后不会再扣钱吧？"]))
                k.a(pick(["取消不收费，您报验证码就行。", "不要钱，就报个验证码。", "不会的，报完验证码就再也不扣了。"]), "code_request")
            else:
                k.c(pick(["领这个要钱吗？", "是不是要收费？", "是不是要办什么业务？"]))
                k.a(pick(["不要钱，这是给您的奖励，您报一下验证码就行。", "不办任何业务，不收费，就是验证一下。",
                          "免费的，验证码报给我马上到账。"]), "code_request", "cost_concealment")
        elif m == "price":
            k.c(pick(ASK_PRICE))
            if rng.random() < 0.5:
                k.a(pick(COST_CLAIM), "cost_concealment")
            else:
                k.a(pick(DODGE_PRICE), "cost_concealment")
        elif m == "price_again":
            k.c(pick(ASK_PRICE_AGAIN))
            k.a(pick(DODGE_PRICE), "cost_concealment")
        elif m == "who":
            k.c(pick(ASK_WHO))
            k.a(pick(DODGE_WHO))
        elif m == "refuse":
            k.c(pick(REFUSE))
            k.a(pick(PRESS), "pressure")
            refused = True
        elif m == "press":
            k.c(pick(REFUSE + ["我再想想。", "我自己去营业厅办。"]))
            k.a(pick(PRESS + ["不处理的话{month}就扣费了，到时候退不了。"]), "pressure")
        elif m == "hmm":
            k.filler()
            k.a(pick(["您看给您办一下？", "那给您开通了哈？", "您同意的话我就办了。"]))
            k.c(pick(HMM))
            k.a(pick(BYPASS), "consent_bypass")
            if rng.random() < 0.7:
                k.c(pick(CUST_PROTEST))
                k.a(pick(BYPASS_INSIST), "consent_bypass")
        elif m == "abuse":
            if kind in ("fake_cancel", "code_gift"):
                k.c(pick(["我不报。", "我不信你。", "你们是骗子吧？", "我自己去查。"]))
                k.a(pick(ABUSE_CANCEL), "abuse")
            else:
                k.c(pick(REFUSE + ["你说清楚我才办。", "我要考虑。", "我不信你。"]))
                k.a(pick(ABUSE), "abuse")
    # possibly bypass at end if nothing else
    if kind not in ("fake_cancel", "code_gift") and rng.random() < 0.25 and not any("consent_bypass" in t["labels"] for t in k.t):
        k.filler()
        k.a(pick(BYPASS), "consent_bypass")
        k.c(pick(CUST_PROTEST))
    # ending
    r = rng.random()
    if r < 0.5:
        k.c(pick(END_CUST_DECEPT))
        if rng.random() < 0.5:
            k.a(pick(END_AGENT_DECEPT))
    elif r < 0.7:
        k.a(pick(END_AGENT_DECEPT))
    # drop the greeting ack for some short ones
    if rng.random() < 0.08 and len(k.t) > 6:
        k.t = k.t[2:] if k.t[0]["speaker"] == "agent" else k.t
    return k.t, scen, False

# ---------------- honest ----------------
GREET_REAL = [
    "您好，我是{op}{hot}客服，工号{gh}，请问是尾号{tail}的机主吗？",
    "您好，这里是{op}{hot}，工号{gh}，打扰您一分钟。",
    "您好{title}，{op}客服，工号{gh}，给您来电是想通知您一件事。",
    "您好，我是{op}{hot}的客服代表，工号{gh}。",
]
WHO_HONEST = [
    "我是{op}{hot}的客服，工号{gh}，您不放心的话可以挂断回拨{hot}，报我的工号核实。",
    "我是{op}官方客服，工号{gh}。您也可以在{app}里在线客服核实这通电话。",
    "我是{op}本地分公司的营销外呼，代表{op}，工号{gh}，可以拨{hot}查询。",
]
PRICE_HONEST = [
    "会多收费，我先说清楚：您现在是{base}元，新套餐是{new}元，每月多{add}元。",
    "要收费的，每月{add}元，从话费里扣，合约12个月。",
    "收费，每月多{add}元，流量多{gb}G，您觉得不划算可以不办。",
    "会多收钱，每月{add}元，不是免费的，我先跟您说明白。",
]
OFFER_HONEST = {
    "upgrade": "想跟您介绍一个套餐升级：从{base}元换到{new}元，流量多{gb}G。",
    "vice": "给您介绍副卡业务，每月月租10元，共享您主卡的流量和通话。",
    "fusion": "您家宽带可以转家庭融合套餐，每月{fus}元，含{bb2}M宽带和一张手机卡。",
    "rights": "给您介绍一个5G权益包，每月{fee}元，含{gb}G流量和一个视频月卡。",
    "cloud": "给您介绍{cloud}会员，每月10元，200G空间。",
}
DECLINE_RESPECT = ["好的，不给您办理，您的套餐不变。", "明白，尊重您的选择，打扰了。", "好的，那就不办了，祝您生活愉快。",
                   "好的，已经给您记录不再推荐，打扰了。"]
CONFIRM_ASK = ["跟您确认一下：{what}，您同意办理吗？", "那跟您确认：{what}，您说“同意”我才会办。",
               "我复述一下：{what}，您确认吗？"]
YES = ["好的，我同意办理。", "同意。", "我同意办理。", "确认，办吧。", "同意，办理吧。"]
DONE = ["已经为您办理，稍后有短信通知。", "收到您的同意，已经办好了，下月生效。", "好的，已经办理，有问题随时打{hot}。"]
NO_CODE = ["我们不会问您要验证码，请您也不要告诉任何人。", "整个过程不需要您提供验证码，谁要都不要给。",
           "提醒您，{hot}不会在电话里索要验证码。", "如果有人打电话让您报验证码取消会员，那是诈骗。"]
CLOSE_C = ["好的，谢谢。", "行，再见。", "知道了，谢谢。", "好，再见。", "嗯，再见。"]
CLOSE_A = ["不客气，再见。", "打扰了，祝您生活愉快。", "谢谢您的接听，再见。", "好的，再见。"]
WHAT = {
    "upgrade": "从下月起套餐由{base}元改为{new}元，每月多{add}元",
    "vice": "加办一张副卡，每月月租10元",
    "fusion": "办理{fus}元家庭融合套餐，合约12个月",
    "rights": "订购5G权益包，每月{fee}元，可随时退订",
    "cloud": "开通{cloud}会员，每月10元",
}

def honest_offer(k, domain):
    k.a(pick(GREET_REAL))
    if rng.random() < 0.5:
        k.c(pick(ASK_WHO))
        k.a(pick(WHO_HONEST))
    else:
        k.c(pick(CUST_ACK))
    k.a(OFFER_HONEST[domain])
    k.c(pick(ASK_PRICE))
    if domain == "upgrade":
        k.a(pick(PRICE_HONEST))
    elif domain == "vice":
        k.a(pick(["副卡每月10元月租，首次激活需要预存50元，预存的钱可以抵话费。", "副卡每月10元，不是免费的，共享主卡资源。"]))
    elif domain == "fusion":
        k.a(pick(["融合套餐每月{fus}元，合约12个月，提前解约有违约金，光猫免费提供。",
                  "每月{fus}元，比您现在分开交每年多一些，具体是宽带提速到{bb2}M，您算一下划不划算。"]))
    elif domain == "rights":
        k.a(pick(["每月{fee}元，从话费扣，首月也收费，随时可以退。", "收费的，每月{fee}元，不想要了在{app}里就能退。"]))
    else:
        k.a(pick(["会员每月10元，不开也可以，免费空间一直能用。", "每月10元，会自动续费，不要了可以随时取消。"]))
    if rng.random() < 0.5:
        k.c(pick(["那不划算，不办了。", "不需要。", "我不办。", "贵了，算了。"]))
        k.a(pick(DECLINE_RESPECT))
    else:
        k.c(pick(["行，可以。", "这个价格还行。", "那我办吧。", "正好需要。"]))
        ctx_what = fill(WHAT[domain], k.ctx)
        k.a(pick(CONFIRM_ASK).format(what=ctx_what))
        k.c(pick(YES))
        k.a(pick(DONE))
        if rng.random() < 0.5:
            k.a(pick(NO_CODE))
    k.c(pick(CLOSE_C))
    if rng.random() < 0.5:
        k.a(pick(CLOSE_A))

def honest_notice(k, domain):
    k.a(pick(GREET_REAL))
    k.c(pick(CUST_ACK + ASK_WHO))
    if "哪里" in k.t[-1]["text"] or "工号" in k.t[-1]["text"] or "外包" in k.t[-1]["text"] or "号码" in k.t[-1]["text"] or "哪位" in k.t[-1]["text"]:
        k.a(pick(WHO_HONEST))
    notice = pick([
        "提醒您，您的号码欠费{fee}元，请在3天内通过{app}缴费，我们不会让您转账给个人。",
        "您所在的小区{month}上午光缆检修，宽带会中断2小时，只是通知，不用办理任何业务。",
        "我们在做实名信息核查，请问这个号码是您本人在使用吗？",
        "您的宽带合约{month}到期，到期后按原价每月{base}元续，不想续可以提前说。",
        "您本月流量已经用完，超出部分按每G3元计费，只是提醒，不会给您开任何流量包。",
        "您的号码今年星级评定是四星，可以免费享受优先办理和免费补换卡，不用您确认什么。",
        "您参加活动奖励的{gb}G流量已经到账，本月有效，不改套餐，也不用确认。",
    ])
    k.a(notice)
    qa = pick([
        ("是不是要收费？", ["不收费，也不需要您办理任何业务。", "这个电话不涉及任何费用，也不会改您的套餐。"]),
        ("要我报验证码吗？", ["不需要验证码，我们这个电话不办业务。", "不用，我们不会要您的验证码。"]),
        ("是不是又要给我办什么？", ["不办任何业务，只是告知。", "什么都不用办，不会改您的套餐。"]),
        ("你们不会是骗子吧？", ["理解您的顾虑，您可以挂断后拨{hot}核实，我这个电话不办业务也不收费。"]),
        ("那要我做什么？", ["什么都不用做，只是告知。", "您知道就行，不需要任何操作。"]),
    ])
    k.c(qa[0])
    k.a(pick(qa[1]))
    if rng.random() < 0.6:
        k.a(pick(NO_CODE))
    if rng.random() < 0.5:
        k.c(pick(["那就好。", "好，明白了。", "行。"]))
        k.a(pick(["有问题随时打{hot}。", "感谢您的配合。", "给您添麻烦了。"]))
    k.c(pick(CLOSE_C))
    if rng.random() < 0.5:
        k.a(pick(CLOSE_A))

def honest_cancel(k, domain):
    item = {"upgrade": "流量叠加包", "vice": "副卡", "fusion": "融合套餐里的电视业务", "rights": "5G权益包",
            "cloud": "{cloud}会员"}[domain]
    item = fill(item, k.ctx)
    k.c(pick(["你好，我要取消{item}。", "我想把{item}退了，不用了。", "帮我查一下，我是不是有个{item}？我要退掉。"]).format(item=item))
    k.a(pick(["您好，帮您查一下。您名下确实有{item}，每月{fee}元，是您{m}月份开通的。"]).format(item=item, fee=k.ctx["fee"], m=rng.randint(1, 12)))
    k.c(pick(["对，退掉吧。", "退。", "我不记得开过，反正退了。", "是我开的，现在不用了。"]))
    if rng.random() < 0.5:
        k.a("退订后本月费用已经扣了不退，下月起不再收取。")
        k.c(pick(["可以。", "行。", "没问题。"]))
    k.a(pick(CONFIRM_ASK).format(what="退订" + item))
    k.c(pick(["同意。", "确认。", "同意退订。"]))
    k.a(pick(["已经为您退订，不需要验证码，稍后有短信通知。", "好的，退订成功，下月起不再扣费。"]))
    if rng.random() < 0.5:
        k.a(pick(NO_CODE))
    k.c(pick(CLOSE_C))

def honest_app_code(k, domain):
    what = {"upgrade": "套餐升级", "vice": "副卡", "fusion": "融合套餐", "rights": "5G权益包", "cloud": "{cloud}会员"}[domain]
    what = fill(what, k.ctx)
    k.c(pick(["我在{app}里办{w}，它给我发了个验证码，要告诉你吗？", "我想自己开{w}，验证码填哪里？"]).format(w=what, app=k.ctx["app"]))
    k.a("您好，验证码不要告诉任何人，包括我。您直接在" + ("{cloud}app" if domain == "cloud" else "{app}") + "页面的输入框里自己填就可以。")
    k.c(pick(["好，我填了。", "填好了，它让我确认。"]))
    k.a(pick(["页面上写的费用您看一下，确认没问题再点确认，是您自己决定。", "确认前请看清页面上的月费，不需要的话可以不点。"]))
    k.c(pick(["写着每月{fee}元，可以。", "每月{fee}元，我点了确认。", "我看到了，先不点了。"]))
    k.a(pick(["好的，有问题随时打{hot}。", "好的，办好后会有短信通知。", "好的，不办也没关系。"]))
    if rng.random() < 0.6:
        k.c(pick(CLOSE_C))
        k.a(pick(CLOSE_A))

def honest_complaint_followup(k, domain):
    k.a(pick(["您好，我是{op}投诉处理中心的，工号{gh}，关于您在工信部申诉的问题，给您回访一下。",
              "您好，{op}客服，您通过工信部申诉渠道反映的扣费问题，我们核查完了，给您个答复。"]))
    k.c(pick(["对，你们私自给我办了业务。", "是的，有人打电话说资费不变，结果多扣钱了。",
              "对，有人让我报验证码说取消会员，结果给我开了个套餐。"]))
    k.a(pick(["我们调了录音，确实没有您本人的明确同意，已经恢复您原来的{base}元套餐，多扣的{add}元已退回话费账户。",
              "核查属实，那笔订购已经退订，已扣的{fee}元全部退还，那个外呼团队已经被处理。"]))
    k.c(pick(["退了吗？我看看……余额多了。", "那还行。", "以后别再有这种事。"]))
    k.a(pick(NO_CODE))
    k.a(pick(["另外已经给您的号码加了营销免打扰。请问您对处理结果满意吗？", "请问您对处理结果满意吗？"]))
    k.c(pick(["满意。", "基本满意。", "还行吧。"]))
    k.a(pick(CLOSE_A))

PLAIN = [
    ("bill", "你好，我想查一下这个月话费为什么是{new}元？", "您好，您本月套餐{base}元，另外流量超出了，按每G3元计费，共{add}元。",
     "那下个月怎么避免？", "出门多的话可以自己在{app}买流量包，我这边不给您开，您按需要来。"),
    ("broadband_fault", "我家宽带连不上了，光猫一直闪红灯。", "您好，已经给您派单，师傅2小时内联系您。",
     "修要钱吗？", "光猫故障免费更换；如果是您家里的网线要换，师傅会先说明材料费，您同意才收。"),
    ("vice_how", "我想问一下副卡怎么办？", "副卡每月10元，可以在{app}里申请，也可以带身份证到营业厅办。",
     "家里老人的能办吗？", "可以的，需要使用人的身份证，老人也可以到营业厅刷脸。"),
    ("data_left", "我的套餐里还有多少流量？", "您本月剩余通用流量{gb}G，可以用到月底。",
     "月底没用完能转到下个月吗？", "套餐内的通用流量可以结转到下个月，结转的流量下月底失效。"),
    ("cloud_backup", "{cloud}怎么备份照片？", "在{cloud}app里打开自动备份就行。",
     "免费的空间够吗？", "免费空间有一些，不够的话可以清理，或者自己决定要不要开会员，不开也能用。"),
    ("pay_bill", "我想交话费，怎么交最方便？", "您可以在{app}、微信或者支付宝里交，都是实时到账。",
     "营业厅能交吗？", "可以，营业厅也能交，现金和扫码都行。"),
    ("invoice", "我想开上个月的发票。", "您好，可以在{app}的“发票”里自己开电子发票，上个月的是{base}元。",
     "单位抬头能写吗？", "可以，填单位名称和税号就行。"),
    ("signal", "我家里手机信号特别差。", "您好，请说一下具体地址，我们登记网络投诉，工程师48小时内联系您。",
     "要收费吗？", "网络问题排查是免费的。"),
    ("move_broadband", "我要搬家了，宽带能跟着走吗？", "可以办理移机，新地址有覆盖的话免费移机，没有覆盖可以拆机。",
     "拆机有违约金吗？", "您的合约还剩几个月，提前拆机按合约收违约金，具体金额办理前会告诉您。"),
    ("lost_phone", "我手机丢了，号码怎么办？", "您好，先给您办理挂失停机，补卡要本人带身份证去营业厅。",
     "停机期间收费吗？", "挂失停机期间月租照常收取，补卡免费。"),
]

def honest_plain(k, domain):
    topic, q1, a1, q2, a2 = pick(PLAIN)
    k.c(q1); k.a(a1)
    k.c(q2); k.a(a2)
    if rng.random() < 0.4:
        k.c(pick(["好的，那就这样。", "明白了。"]))
        k.a(pick(["还有其他问题吗？", "好的。"]))
    k.c(pick(CLOSE_C)); k.a(pick(CLOSE_A))
    return topic

def honest_call():
    ctx = new_ctx()
    k = Call(ctx)
    domain = pick(list(PITCH))
    f, hn = rng.choice([(honest_offer, True), (honest_offer, True), (honest_notice, True), (honest_cancel, True),
                        (honest_app_code, True), (honest_complaint_followup, True), (honest_plain, False),
                        (honest_plain, False), (honest_offer, True)])
    topic = f(k, domain)
    scen = f.__name__ + "_" + (topic or domain)
    return k.t, scen, hn

def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8")]
    n_target = 440
    out = []
    for i, c in enumerate(hand, 1):
        c["id"] = "z05-%04d" % i
        out.append(c)
    gen_total = n_target - len(hand)
    n_honest = round(n_target * 0.46) - sum(1 for c in hand if not c["deceptive"])
    kinds = ["h"] * n_honest + ["d"] * (gen_total - n_honest)
    rng.shuffle(kinds)
    seen = set(json.dumps(c["turns"], ensure_ascii=False) for c in hand)
    for kd in kinds:
        while True:
            turns, scen, hn = honest_call() if kd == "h" else deceptive_call()
            if rng.random() < 0.06 and len(turns) > 5:
                # a short or cut-off call (caller hangs up early)
                turns = turns[:rng.choice([4, 5])]
            key = json.dumps(turns, ensure_ascii=False)
            labs = sorted(set(l for t in turns for l in t["labels"]))
            if kd == "d" and not labs:
                continue
            if key in seen or len(turns) < 4 or len(turns) > 25:
                continue
            seen.add(key)
            break
        out.append({"id": "z05-%04d" % (len(out) + 1), "lang": "zh", "deceptive": bool(labs), "labels": labs,
                    "turns": turns, "source": "writer:z05", "scenario": scen,
                    "hard_negative": bool(hn and not labs), "written": "generator"})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    print("wrote", len(out))

if __name__ == "__main__":
    main()
