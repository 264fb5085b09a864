#!/usr/bin/env python3
"""z03 generator: writes calls.jsonl = hand.jsonl + generated calls (deterministic).
Own phrase banks; Python 3 standard library only."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 30303
N_GEN = 280
R = random.Random(SEED)

CC, FC, FR, CR, CB, PR, AB = ("cost_concealment", "fake_cancellation", "fake_reward", "code_request",
                              "consent_bypass", "pressure", "abuse")

OPS = [
    {"op": "中国移动", "short": "移动", "hot": "10086", "app": "中国移动APP"},
    {"op": "中国联通", "short": "联通", "hot": "10010", "app": "联通APP"},
    {"op": "中国电信", "short": "电信", "hot": "10000", "app": "电信APP"},
]
CITIES = ["天河", "越秀", "海珠", "番禺", "白云", "黄埔", "荔湾", "花都", "增城", "南沙"]
VIDEOS = ["腾讯视频", "爱奇艺", "优酷", "芒果TV", "咪咕视频", "哔哩哔哩"]


def pick(x):
    return R.choice(x)


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- surface

def surface(text):
    """Mixed punctuation: sometimes half-width, sometimes no final stop."""
    r = R.random()
    if r < 0.15:
        text = text.replace("，", ", ").replace("？", "?").replace("！", "!")
    elif r < 0.25:
        text = text.replace("……", "...")
    elif r < 0.32 and text.endswith("。"):
        text = text[:-1]
    return text


# ---------------------------------------------------------------- customer banks by dialect

CUST = {
    "std": {
        "hello": ["喂？", "你好，哪位？", "嗯，你说。", "是我，什么事？", "喂，你好。", "对，我是，怎么了？"],
        "what": ["什么意思？", "你说清楚点。", "啥？没听明白。", "然后呢？", "嗯，你接着说。"],
        "price": ["那要不要钱？", "多少钱一个月？", "这个收费吗？", "那我每个月要多交多少？", "免费的？真的假的？", "价格是多少，你直接说。"],
        "contract": ["有没有合约期？", "要签合约吗？", "以后能随时退吗？", "违约金呢？"],
        "hmm": ["嗯……", "嗯。", "哦……", "啊？"],
        "no": ["不需要。", "不用了，谢谢。", "我不要。", "算了吧，不办。", "我说了不需要。", "不用，我现在挺好的。"],
        "no2": ["我说了不要，你听不懂吗？", "真不用了，别再说了。", "第二遍了，不要。", "不要不要，我挂了。"],
        "doubt": ["你们不是说验证码不能告诉别人吗？", "我怎么知道你是真的客服？", "我还是自己去营业厅问吧。", "我在APP上自己看看。", "这听着不对劲。"],
        "notmine": ["我没开过这个啊。", "我哪有什么会员？", "我从来没办过。", "不可能，我没订过。"],
        "cancel": ["那你取消吧。", "那赶紧给我取消。", "取消，我不要。", "那就退掉吧。"],
        "yes_free": ["那行，不要钱就弄吧。", "哦，那好吧。", "免费的话可以。"],
        "interrupt": ["等等等等——", "你先停一下——", "哎你等会儿——", "不好意思打断一下——"],
        "busy": ["我现在在开车。", "我在上班，长话短说。", "我这边有点忙。"],
        "bye": ["好，拜拜。", "行，就这样。", "好的，谢谢。", "嗯，再见。"],
        "ok": ["好的。", "行。", "嗯，知道了。", "明白。"],
        "confirm": ["好的，我同意办理。", "确认办理。", "可以，我同意。", "好，我确认。"],
        "angry": ["你们天天打电话烦不烦！", "又是你们，有完没完？", "你们效率太差了！", "别再打了行不行！"],
    },
    "north": {
        "hello": ["喂，哪位儿啊？", "是我，啥事儿？", "说吧，咋了？", "喂？谁呀这是？"],
        "what": ["啥意思？", "您说明白点儿。", "这是唱哪出儿啊？", "然后呢？您接着说。"],
        "price": ["那得花钱不？", "一个月多少钱儿？", "天上掉馅儿饼了？要钱不？", "您就说多少钱吧。"],
        "contract": ["得签合约不？", "回头能退不？", "有违约金那玩意儿不？"],
        "hmm": ["嗯……", "嗯哪。", "哦……", "啊？"],
        "no": ["甭了，我用不着。", "不要不要。", "得了吧，不办。", "没那闲工夫儿，不要。"],
        "no2": ["跟您说了不要，您咋还说呢？", "甭费劲儿了，不要。", "我都说两遍了，不要！"],
        "doubt": ["验证码哪能随便给人呢？", "您真是客服？我咋不信呢。", "我自个儿去营业厅问问。", "我上APP自个儿瞅瞅。"],
        "notmine": ["我压根儿没开过。", "我哪儿来的会员啊？", "没这事儿啊。"],
        "cancel": ["那您给取消了吧。", "取消取消，赶紧的。", "那就退了呗。"],
        "yes_free": ["不要钱那就弄吧。", "行吧，白给的谁不要。"],
        "interrupt": ["哎哎哎，您等会儿——", "您先打住——", "慢着慢着——"],
        "busy": ["我这儿开车呢。", "上班儿呢，您快点儿说。"],
        "bye": ["得嘞，挂了啊。", "行，就这么着。", "好嘞，谢谢您了。"],
        "ok": ["得嘞。", "行。", "明白了。", "好嘞。"],
        "confirm": ["行，我同意办理。", "好，办吧，我同意。", "确认，办。"],
        "angry": ["你们这一天打八遍，烦不烦呐！", "又是你们，还有完没完了？"],
    },
    "yue": {
        "hello": ["喂，边位啊？", "系啊，咩事？", "系我，你讲。", "喂？你哋系边度？"],
        "what": ["咩意思啊？", "你讲清楚啲。", "吓？我听唔明。", "跟住呢？"],
        "price": ["要唔要钱㗎？", "每个月几多钱？", "系咪免费㗎？", "咁要多交几多啊？"],
        "contract": ["使唔使签合约啊？", "之后可唔可以随时退？", "有冇违约金㗎？"],
        "hmm": ["嗯……", "哦……", "吓？", "嗯嗯。"],
        "no": ["唔使啦。", "唔要啊。", "我唔需要，唔该。", "唔好意思，唔要。"],
        "no2": ["我讲咗唔要啦！", "你听唔明咩？唔要！", "讲咗几次都唔要。"],
        "doubt": ["验证码唔可以讲俾人知㗎喎。", "我点知你系唔系真嘅客服？", "我自己去营业厅问啦。", "我上APP睇吓先。"],
        "notmine": ["我冇开过喔。", "我边有咩会员啊？", "冇可能，我冇订过。"],
        "cancel": ["咁帮我取消啦。", "取消佢啦。", "即刻帮我退咗佢。"],
        "yes_free": ["唔使钱就得啦。", "好啦好啦。"],
        "interrupt": ["等阵先——", "喂喂，你停一停——", "唔好意思，等等——"],
        "busy": ["我开紧车啊。", "我返紧工，快啲讲。"],
        "bye": ["好啦，拜拜。", "唔该，拜拜。", "得啦，就咁啦。"],
        "ok": ["好。", "得。", "明白。", "好啦。"],
        "confirm": ["好，我同意办理。", "得，确认办理。", "可以，我同意。"],
        "angry": ["你哋日日打嚟，烦唔烦啊！", "又系你哋，有完冇完啊？"],
    },
}


YUE_MARK = "唔咩嘅咗哋喺啲佢㗎喎嗰冇俾嚟晒咁啱仲睇昼"
NORTH_MARK = ["儿", "甭", "啥", "咋", "嘞", "呗", "成不", "瞅", "自个"]


def dialect_of(text):
    if any(ch in text for ch in YUE_MARK) or any(w in text for w in ("点解", "边度", "未讲", "系啊", "系，", "系, ", "系咪", "就系", "我系", "礼拜", "上昼", "只系")):
        return "yue"
    if any(m in text for m in NORTH_MARK):
        return "north"
    return "std"


class Call:
    def __init__(self, scenario, hn=False):
        self.scenario = scenario
        self.hn = hn
        self.turns = []
        self.o = pick(OPS)
        self.d = R.choices(["std", "north", "yue"], weights=[5, 3, 4])[0]

    def fmt(self, s, **kw):
        return s.format(op=self.o["op"], short=self.o["short"], hot=self.o["hot"], app=self.o["app"], **kw)

    def a(self, bank, labels=(), **kw):
        self.turns.append({"speaker": "agent", "text": surface(self.fmt(pick(bank) if isinstance(bank, list) else bank, **kw)),
                           "labels": sorted(set(labels))})

    def u(self, text, labels=()):
        self.turns.append({"speaker": "unknown", "text": text, "labels": sorted(set(labels))})

    def c(self, key, **kw):
        t = pick(CUST[self.d][key]) if key in CUST[self.d] else key
        self.turns.append({"speaker": "customer", "text": surface(t.format(**kw) if kw else t), "labels": []})

    def craw(self, bank):
        cands = [x for x in bank if dialect_of(x) == self.d] or [x for x in bank if dialect_of(x) == "std"] or bank
        self.turns.append({"speaker": "customer", "text": surface(pick(cands)), "labels": []})

    def interrupt_last_agent(self):
        """Cut the last agent turn short and let the customer jump in (only where the cut keeps the pattern words)."""
        t = self.turns[-1]
        if t["speaker"] == "agent" and len(t["text"]) > 14 and CC not in t["labels"]:
            cut = R.randint(int(len(t["text"]) * 0.6), len(t["text"]) - 3)
            t["text"] = t["text"][:cut].rstrip("，。, ") + "——"
            self.c("interrupt")
            return True
        return False

    def out(self):
        merged = []
        for t in self.turns:
            if merged and t["speaker"] == "customer" and merged[-1]["speaker"] == "customer":
                prev = merged[-1]["text"]
                merged[-1]["text"] = prev + ("" if prev.endswith(("。", "？", "！", "?", "!", "——", "……", "...")) else "，") + t["text"]
            else:
                merged.append(t)
        self.turns = merged
        labs = sorted({l for t in self.turns for l in t["labels"]})
        if self.hn and labs:
            raise RuntimeError("hard negative with labels")
        return {"lang": "zh", "deceptive": bool(labs), "labels": labs, "turns": self.turns,
                "source": "writer:z03", "scenario": self.scenario, "hard_negative": self.hn, "written": "generator"}


# ---------------------------------------------------------------- shared agent banks

OPEN_SCAM = ["您好，我这边是{op}客服，请问是机主本人吗？", "喂您好，{op}客户服务中心，耽误您一分钟。",
             "您好，这里是{hot}客服，工号{wid}，请问您是尾号{tail}的机主吗？", "喂，您好，我是{short}的客服专员，打扰您了。",
             "您好您好，{op}营业厅的，您现在方便接电话吗？", "哎，您好，是{short}的老用户吧？我们是{op}客服这边的。"]
OPEN_HONEST = ["您好，这里是{op}{hot}，工号{wid}，请问是尾号{tail}的机主吗？", "您好，我是{op}客服，工号{wid}，打扰您一分钟。",
               "您好，{hot}客服中心，请问您是尾号{tail}的机主本人吗？", "您好，{op}客服，工号{wid}，现在方便说话吗？"]

STAR_LURE = ["您是我们的{lvl}用户，公司为了回馈老用户，每个月给您增加{g}G流量。",
             "系统显示您是{lvl}客户，这次有一个专属福利名额给到您，每月多送{g}G通用流量。",
             "恭喜您，您被评为我们的{lvl}用户，这个月起每月免费赠送{g}G流量。",
             "您在网时间比较长，是我们重点回馈的{lvl}客户，给您每个月加{g}G流量加100分钟通话。",
             "您的号码被抽中参加老用户感恩回馈，每月赠送{g}G全国流量。"]
LEVELS = ["星级", "五星级", "四星级", "钻石级", "金卡", "VIP", "五星金卡"]
COST_FREE = ["您的套餐资费不变，就是多给您流量。", "不会多扣您一分钱的，您放心。", "这个是送的，不收费，月租跟原来一样。",
             "跟您现在的价格是一样的，不会多出来。", "价格不变的，就是系统升级一下。", "这个不要钱，话费照旧。"]
COST_DODGE = ["这个您不用担心，都是系统的，您正常用就行。", "差不多的，基本上感觉不到。", "具体的以账单为准，反正很划算。",
              "这个价格我这边看不到，不过肯定比您单独办便宜。", "您先用着，不满意再说，钱的事您放心。", "就多那么一点点，几乎可以忽略。",
              "这个您不用关心，短信会通知您的。"]
CB_CLOSE = ["好的，那我这边直接帮您办理了，下个月一号生效。", "好的，我帮您登记上了，稍后有短信通知。", "那我就默认您同意了，已经给您开通了。",
            "行，我帮您确认了，您不用操作了。", "好的，已经给您提交了，您等短信就行。", "您说嗯那就是同意了，我这边给您办上了。"]
PR_PUSH = ["这个名额今天是最后一天了，过了今天就没有了。", "您再考虑一下吧，错过就没了，很多人抢都抢不到。", "名额只给您保留到今天下午，您现在定下来吧。",
           "您先别急着拒绝，我跟您说，这个真的很划算——", "活动马上就截止了，您现在不办以后就要按原价了。", "您就试一下嘛，就今天有，明天系统就关了。",
           "您确定不要吗？这么好的机会，错过了可别后悔。"]
PR_THREAT = ["您不处理的话，下个月就开始扣费了，扣了可退不回来。", "您这个不及时处理，号码可能会被停机。", "不处理的话会影响您的信用记录的。",
             "到时候扣费了您可别找我们，我是提醒过您的。", "今天不处理，系统就自动扣费了，您想清楚。"]
AB_LINES = ["你这人怎么回事啊？好心当成驴肝肺。", "你是听不懂话吗？跟你说半天了。", "不识好歹，白送的都不要。", "行行行，不要拉倒，浪费我时间。",
            "你这种人真是难沟通，活该多花钱。", "问那么多干嘛，你懂什么。", "爱信不信，扣了钱别哭。", "真是穷讲究，这点钱都舍不得。"]
CODE_ASK = ["稍后{hot}会给您发一个六位数的验证码，您收到后念给我就行。", "您现在会收到一条短信，里面有个验证码，您报一下给我。",
            "我这边发了个确认码到您手机，您把那几个数字读给我。", "麻烦您把刚收到的验证码告诉我，我帮您提交。",
            "您看一下短信，有个{hot}发的六位数字，您念一下。", "收到验证码了吧？您直接报给我，我这边系统确认。"]
CODE_INSIST = ["那是系统默认提示，我们是官方的，您报给我没关系。", "短信上写什么不用管，格式都一样，您念数字就行。",
               "您不念的话我这边处理不了，就差这一步了。", "快点念一下，我这边系统要超时了。", "那个提示是防骗子的，我们是正规客服，您放心说。"]


def opening(call, honest=False):
    call.a(OPEN_HONEST if honest else OPEN_SCAM, wid=R.randint(1000, 9999), tail="%04d" % R.randint(0, 9999))
    call.c("hello")


def maybe_filler(call, p=0.4):
    if chance(p):
        call.c(pick(["busy", "what"]))
        call.a(["就耽误您一分钟。", "很快的，跟您说个事儿。", "好的，我长话短说。", "不会占用您太多时间的。"])


# ---------------------------------------------------------------- deceptive families

def d_star_user():
    k = Call("gen_star_user_free_data")
    opening(k)
    maybe_filler(k)
    g = pick([10, 15, 20, 30, 40])
    both = chance(0.4)
    k.a([s + ("" if not both else pick(["套餐资费不变。", "资费不变。", "一分钱不多收。"])) for s in STAR_LURE],
        [FR, CC] if both else [FR], lvl=pick(LEVELS), g=g)
    if chance(0.25):
        k.interrupt_last_agent()
        k.a(["您别急，听我说完，就是给您送福利。", "不是推销，是给您送流量的。"])
    rounds = R.randint(1, 3) if chance(0.7) else R.randint(3, 5)
    for _ in range(rounds):
        k.c(pick(["price", "contract", "what"]))
        k.a(COST_FREE + COST_DODGE, [CC])
    br = R.random()
    if br < 0.35:
        k.c("hmm")
        k.a(CB_CLOSE, [CB])
        k.craw(["我还没说要呢！", "等等，我没同意啊。", "喂？我刚才只是嗯一下……", "我冇讲要啊！"])
        if chance(0.6):
            k.a(["没关系的，反正不要钱，您先用着。", "已经开好了，取消要等三个月。", "您放心用就行，真的不多收钱。"], [PR])
            if chance(0.4):
                k.c("no2")
                k.a(AB_LINES, [AB])
    elif br < 0.75:
        k.c("no")
        for _ in range(R.randint(1, 4)):
            k.a(PR_PUSH, [PR])
            k.c("no2")
        if chance(0.5):
            k.a(AB_LINES, [AB])
        else:
            k.a(["好吧，那您再考虑考虑。", "行吧，那打扰了。"])
    else:
        k.c("yes_free")
        k.a(CB_CLOSE[:2] + ["好的，已经给您办好了，多谢支持。"], [])
        if chance(0.5):
            k.c("bye")
    return k


def d_fake_member():
    k = Call("gen_fake_member_cancel")
    what = pick(["视频会员", "彩铃包", "音乐会员", "视频彩铃", "流量加油包", "手机保障服务"])
    if what in ("视频会员",):
        what = pick(VIDEOS) + "会员"
    fee = pick([15, 19, 20, 25, 29, 30, 39])
    if chance(0.2):
        k.u(k.fmt("【语音播报】您好，您的{w}免费期即将结束，到期后将按每月{f}元扣费，取消请按1。".format(w=what, f=fee)), [FC])
        k.c(pick(["……", "按1。", "（按键）"]))
        k.a(["您好，这边是会员中心，需要帮您取消是吗？", "您好，您是要取消那个会员对吧？"])
    else:
        opening(k)
        k.a(["您之前办业务的时候赠送了一个{w}，免费期到了，下个月开始每月扣{f}元，需要帮您取消吗？",
             "系统显示您名下有一个{w}，下个月起每月收费{f}元，我们打电话是帮您取消的。",
             "您的{w}体验期结束了，马上要转成自动续费，每月{f}元，您要保留还是取消？",
             "提醒您一下，您有一个{w}明天开始扣费，每月{f}元，不需要的话我帮您退订。"], [FC], w=what, f=fee)
    k.c("notmine")
    if chance(0.7):
        k.a(["是当时办套餐系统自动赠送的，您可能没注意。", "可能是您家人帮您领的，系统里有记录。", "是默认开通的，您没用过不代表没有。",
             "是合作方那边开的，您APP上看不到，但是费用已经生成了。"], [FC])
    k.c("cancel")
    k.a(CODE_ASK, [CR])
    br = R.random()
    if br < 0.3:
        k.craw(["好，是{0}{1}{2}……".format(R.randint(0, 9), R.randint(0, 9), R.randint(0, 9)),
                "{0}，后面是{1}。".format(R.randint(100, 999), R.randint(100, 999)), "我念一下啊：{0}。".format(R.randint(100000, 999999))])
        k.a(["好的，已经帮您处理好了，不会扣费了。", "好的，取消成功了，您放心。"], [CB])
        if chance(0.7):
            k.craw(["那我怎么收到一条订购成功的短信？", "咦，短信说我开通了一个流量包啊？", "点解条短信话“订购成功”㗎？"])
            k.a(["那是系统提示，不用管。", "那个是取消成功的意思，模板写错了。"])
            if chance(0.5):
                k.c("doubt")
    else:
        k.craw(["这短信上写的是“您正在办理”什么业务啊？", "验证码？不是说不能告诉别人吗？", "等下，短信说请勿泄露验证码。",
                "条短信写住“订购”两个字喎。", "这码是办理用的吧？"])
        k.a(CODE_INSIST, [CR])
        k.c("doubt")
        if chance(0.6):
            k.a(PR_THREAT, [PR])
            k.c(pick(["no2", "doubt"]))
        if chance(0.55):
            k.a(AB_LINES, [AB])
            if chance(0.4):
                k.craw(["你什么态度？我要投诉你。", "骗子还这么凶。", "你再讲一次？我录咗音㗎。"])
    return k


def d_broadband():
    k = Call("gen_broadband_free_upgrade")
    opening(k)
    cur = pick([100, 200, 300])
    new = pick([500, 1000])
    if chance(0.6):
        k.a(["您家现在是{c}兆宽带，您是老用户，这次免费给您提到{n}兆。", "小区光纤改造，给老用户免费升级{n}兆，您家名额已经留好了。",
             "恭喜您，您家宽带被选为提速体验用户，免费从{c}兆升到{n}兆。"], [FR], c=cur, n=new)
    else:
        k.a(["您家宽带可以升级到{n}兆了，升级不加钱。", "您家是{c}兆吧？现在可以免费提到{n}兆，月租不变。"], [CC], c=cur, n=new)
    if chance(0.25):
        k.interrupt_last_agent()
        k.a(["就是给您提速，不是推销。", "您听我说完嘛，对您有好处的。"])
    k.c("price")
    k.a(COST_FREE, [CC])
    for _ in range(R.randint(0, 2)):
        k.c("contract")
        k.a(COST_DODGE + ["合约这个不重要，反正省钱。", "正常用是没影响的，您放心。"], [CC])
    if chance(0.5):
        k.a(["师傅明天下午上门给您换光猫，您家有人吧？", "换个新光猫就行，师傅后天过去。"])
        k.craw(["有人……不过你先把价格说清楚。", "等一下，我还没决定。", "我问问家里人再说。", "我要先睇清楚资费。"])
    br = R.random()
    if br < 0.55:
        k.a(["不用问了，我先给您下单了，师傅会联系您。", "我这边已经帮您提交了，改完跟原来一样的。", "好的，那我直接给您改了。"], [CB])
        k.craw(["哎？我没说要啊！", "你怎么就提交了？", "我冇话要啊！", "你给我撤了。"])
        if chance(0.5):
            k.a(["撤销要交违约金的，您还是用着吧。", "已经提交撤不了，您先用用看。"], [PR])
    else:
        k.c("no")
        k.a(PR_PUSH + ["您不升级的话，以后旧宽带可能会降速。", "铜线马上要关停了，不升级下个月就断网。"], [PR])
        k.c("no2")
        if chance(0.45):
            k.a(AB_LINES, [AB])
    return k


def d_5g():
    k = Call("gen_5g_package_change")
    opening(k)
    maybe_filler(k, 0.3)
    if chance(0.5):
        k.a(["您现在是4G套餐，系统显示您是优质客户，有个免费升级5G的名额。", "您被选中参加5G升级回馈，网速快十倍，流量翻倍。"], [FR])
        k.c("what")
    k.a(["升级5G套餐价格不变，就是网络升级一下。", "5G套餐跟您现在的价格是平移的，不会多花钱。", "这个是免费升级，话费跟之前一样。",
         "新套餐价格跟您现在差不多，主要是流量多很多。"], [CC])
    k.c("price")
    if chance(0.5):
        k.a(COST_DODGE, [CC])
        k.craw(["你就说几块钱？", "差不多是差多少？", "你讲个数出来。", "您给个准数儿。"])
        k.a(["每个月多……多{x}块，但是流量多了一倍，等于没花钱。", "也就多{x}，不到一顿早餐钱。"], [CC], x=pick([20, 29, 30, 40]))
    else:
        k.a(COST_FREE, [CC])
    br = R.random()
    if br < 0.35:
        k.c("hmm")
        k.a(CB_CLOSE, [CB])
        k.craw(["我没同意！", "你怎么就办了？给我取消。", "喂？我未讲好啊！"])
        k.a(["取消要收违约金的，您想清楚。", "已经生效了，取消要三个月以后。"], [PR])
    else:
        k.c("no")
        n = R.randint(1, 3)
        for i in range(n):
            k.a(PR_PUSH + ["4G网络马上就要关了，不升级以后可能打不了电话。"], [PR])
            k.c("no2")
        if chance(0.5):
            k.a(AB_LINES, [AB])
        if chance(0.4):
            k.c("bye")
    return k


def d_points():
    k = Call("gen_points_expire_code")
    opening(k)
    pts = R.randint(18, 90) * 100
    k.a(["提醒您，您有{p}积分今天晚上12点就清零了，我们这边帮您兑换一下。", "您账户里{p}积分马上过期，再不兑换就作废了。",
         "您的{p}个积分今天是最后一天，我帮您换个礼品。"], [PR], p=pts)
    k.c("what")
    k.a(["可以免费兑换一个价值199元的蓝牙音箱，包邮到家。", "能换一桶油一袋米，免费送到家。", "可以换一个智能手环，积分刚好够，完全免费。",
         "能换三个月的视频会员，免费的。"], [FR])
    k.c(pick(["ok", "what", "price"]))
    k.a(CODE_ASK + ["我这边提交兑换，您把短信验证码报给我，我核实一下是本人。"], [CR])
    if chance(0.6):
        k.c("doubt")
        k.a(CODE_INSIST, [CR])
    k.c(pick(["no", "doubt"]))
    k.a(["您自己操作很麻烦的，今天12点就清零了，可别后悔。", "积分就白白作废了，您再想想？"], [PR])
    if chance(0.5):
        k.c("no2")
        if chance(0.6):
            k.a(AB_LINES, [AB])
    return k


def d_topup():
    k = Call("gen_topup_reward")
    opening(k)
    k.a(["恭喜您，您的号码被抽中参加充值回馈活动，充一百送一百。", "您是老用户，公司回馈您，充{x}送{x}。", "您上个月充值了，有一个返现活动，返您{y}元话费。"],
        [FR], x=pick([100, 200]), y=pick([20, 30, 50]))
    k.c(pick(["what", "price"]))
    if chance(0.55):
        k.a(CODE_ASK + ["领取需要您确认一下，您把验证码报给我就行。"], [CR])
        k.c("doubt")
        if chance(0.6):
            k.a(["这个只是确认领取，不会扣您任何费用的。", "领钱又不是给钱，您怕什么。"], [CC])
        k.c("no")
        if chance(0.5):
            k.a(AB_LINES, [AB])
        else:
            k.a(PR_PUSH, [PR])
    else:
        k.a(["分二十四个月返，每个月返一点，不用您管。", "返的钱直接进您账户，就是预存一下，没有条件。"], [CC])
        k.c("contract")
        k.a(["不是合约，就是返钱，您不用想那么复杂。", "没有条件，号码正常用就行。"], [CC])
        k.c("no")
        k.a(PR_PUSH, [PR])
    return k


def d_ringtone():
    k = Call("gen_ringtone_trap")
    opening(k)
    if chance(0.5):
        k.a(["您的彩铃体验期到了，下个月起每月收费{f}元，需要帮您退订吗？", "您名下有个铃音盒，下个月开始扣{f}元一个月。"], [FC], f=pick([5, 6, 10, 15]))
        k.c("notmine")
        k.a(["我直接帮您转成免费版，您不用操作了。", "那我帮您换成视频彩铃，跟原来一样的。"], [CB])
        k.c("price")
        k.a(COST_DODGE, [CC])
    else:
        k.a(["给您推荐一个视频彩铃，别人打您电话能看到短视频，第一个月免费体验。", "现在有个个性彩铃，体验期不收费，您先用着。"], [CC])
        k.c("no")
        k.a(["体验不花钱的，不喜欢再退就行。", "先用着嘛，第二个月您退掉就行了。"], [PR, CC])
        k.c("no2")
        k.a(CB_CLOSE, [CB])
        k.craw(["你听不懂人话吗？", "我说了不要！", "唔该你唔好帮我开！"])
        if chance(0.4):
            k.a(AB_LINES, [AB])
    return k


def d_threat_code():
    k = Call("gen_suspension_threat_code")
    opening(k)
    k.a(["您的号码检测到异常，如果不及时处理，两小时内会被停机。", "系统显示有人冒用您的号码办业务，不处理会影响您的信用。",
         "您的实名信息有问题，今天不核验明天就停机。"], [PR])
    k.c("what")
    k.a(CODE_ASK + ["我给您发一个验证码，您报给我，我帮您冻结异常业务。", "核验需要您把收到的验证码告诉我。"], [CR])
    k.c("doubt")
    k.a(["来不及去营业厅了，您现在报给我就行。", "停机了可别怪我没提醒您，您现在把验证码说一下。"], [PR, CR])
    k.c(pick(["no", "doubt"]))
    if chance(0.6):
        k.a(AB_LINES, [AB])
    return k


def d_traffic_pack():
    k = Call("gen_traffic_pack_bypass")
    opening(k)
    k.a(["您流量快超了，超出部分5块钱1G，很贵的。", "这个月有个回馈老用户的活动，送您一个{g}G流量包。"], [], g=pick([10, 20, 30]))
    if "回馈" in k.turns[-1]["text"]:
        k.turns[-1]["labels"] = [FR]
    else:
        k.turns[-1]["labels"] = [PR]
    k.c("hmm")
    k.a(CB_CLOSE, [CB])
    k.craw(["我就是嗯一下，没说要啊。", "哎，我没同意啊。", "我只系应一声咋。"])
    k.a(COST_FREE, [CC])
    if chance(0.6):
        k.c("cancel")
        k.a(["已经开好了，取消的话这个月的钱照扣。", "取消要等三个月，您先用着吧。"], [PR])
        if chance(0.5):
            k.c("no2")
            k.a(AB_LINES, [AB])
    return k


DECEPTIVE = [(d_star_user, 5), (d_fake_member, 6), (d_broadband, 4), (d_5g, 4), (d_points, 3), (d_topup, 3),
             (d_ringtone, 3), (d_threat_code, 2), (d_traffic_pack, 3)]


# ---------------------------------------------------------------- honest families

def h_arrears():
    k = Call("gen_honest_arrears_notice", hn=True)
    opening(k, honest=True)
    amt = "%.1f" % (R.randint(150, 2000) / 10)
    day = pick([15, 20, 25, 28])
    k.a(["提醒您，您的账户欠费{m}元，如本月{d}号前未缴清，号码将暂停服务。", "您目前欠费{m}元，{d}号前缴清不影响使用，逾期会停机。",
         "您本月话费{m}元还未缴，{d}号之后没缴的话会暂停呼出。"], m=amt, d=day)
    k.craw(["啊？我以为自动扣了。", "哦，我忘交了。", "欠费？上个月不是交了吗？", "吓，我换咗银行卡。", "哎哟，给忘了。"])
    k.a(["可能是绑定的银行卡扣款没成功。您可以在{app}、微信或者营业厅缴费。", "您可以通过{app}缴费，也可以到营业厅或便利店交。"])
    if chance(0.6):
        k.craw(["要我报什么验证码吗？", "你们不会让我报数字吧？", "使唔使讲验证码俾你？"])
        k.a(["不需要，缴费不用告诉任何人验证码，我们客服也不会问。", "不用的，请不要把验证码告诉任何人，包括自称客服的人。"])
    k.c("ok")
    if chance(0.6):
        k.a(["好的，打扰您了，再见。", "好的，缴费后几分钟到账，谢谢。"])
    return k


def h_real_name():
    k = Call("gen_honest_real_name_hall", hn=True)
    opening(k, honest=True)
    k.a(["系统显示您的号码实名信息需要补登记，请您本人带身份证原件到营业厅办理。", "您的号码需要做一次实名核验，需要本人持身份证到营业厅，电话里办不了。"])
    k.craw(["你现在不能帮我弄吗？", "要报验证码吗？", "不去会怎样？", "唔可以电话搞掂咩？"])
    k.a(["电话里办不了，我们也不会在电话里要验证码，请您别把验证码告诉任何人。", "核验需要本人到场，不需要告诉我任何验证码。",
         "补登记前部分业务可能受限，您方便的时候去就行，不用今天。"])
    if chance(0.5):
        k.craw(["哪个营业厅近？", "营业时间几点？", "要带什么？"])
        k.a(["离您近的是{city}那个营业厅，早上九点到晚上六点，带身份证原件就行。"], city=pick(CITIES))
    k.c("ok")
    k.a(["感谢您的配合，再见。", "好的，打扰了。"])
    return k


def h_install():
    k = Call("gen_broadband_install_appointment")
    k.a(["您好，这里是{short}装维中心，您申请的宽带新装，跟您约一下上门时间。", "您好，我是{short}宽带的装机师傅，跟您确认一下上门时间。",
         "您好，{op}宽带，您申请的宽带移机，新地址已经确认能覆盖，约一下安装时间。"])
    k.c("hello")
    if chance(0.5):
        k.a(["明天上午或者后天下午都可以，您看哪个方便？"])
        k.craw(["后天下午吧。", "后日下昼啦。", "明儿上午成不？", "明天上午可以。"])
    else:
        k.a(["这周六上午九点到十二点，或者周日下午，您选一个？"])
        k.craw(["礼拜六上昼啦。", "周六上午成不？", "周日下午可以。", "礼拜日下昼啦。"])
    k.a(["好的，给您约上了，师傅出发前会给您打电话。", "没问题，到时候师傅先跟您电话联系。"])
    if chance(0.6):
        k.craw(["要准备什么吗？", "装机要钱吗？", "打孔要打在哪儿？"])
        k.a(["光猫我们带过去，您确认一下装的位置附近有插座就行。", "装机费按您办的套餐，当时说明的是免装机费。", "打孔位置您定，师傅到了跟您商量。"])
    k.c("bye")
    return k


def h_clear_offer_yes():
    k = Call("gen_honest_offer_explicit_yes", hn=True)
    opening(k, honest=True)
    base = pick([39, 49, 58, 59, 69])
    add = pick([10, 15, 20, 30])
    item = pick(["千兆宽带", "5G套餐", "流量叠加包", "视频会员权益包", "彩铃功能"])
    k.a(["您现在每月{b}元，{i}每月加{a}元，也就是每月一共{t}元，合约一年，您有兴趣了解吗？",
         "想跟您介绍一个收费业务：{i}，每月多{a}元，办理后每月是{t}元，无合约，随时可退。需要吗？"], b=base, a=add, t=base + add, i=item)
    if chance(0.3):
        k.c("contract")
        k.a(["如果是一年合约，合约内退订需要付违约金，是剩余月数费用的20%；无合约的随时可退，下月生效。"])
    if chance(0.5):
        k.c("price")
        k.a(["确实是收费的，每月多{a}元，一年就是多{y}元，账单上会单独列出来。"], a=add, y=add * 12)
    k.craw(["行，那办吧。", "可以，我要。", "好啊，搞掂佢。", "成，办了吧。"])
    k.a(["跟您确认一下：{i}，每月{t}元，下月生效。您确认办理吗？", "再跟您确认，每月增加{a}元，您同意办理吗？"], i=item, t=base + add, a=add)
    k.c("confirm")
    k.a(["好的，已经为您办理，稍后短信发送资费详情，七天内可以到营业厅撤销。", "好的，已经登记，短信里有详细资费，请您核对。"])
    return k


def h_offer_declined():
    k = Call("gen_honest_offer_declined", hn=True)
    opening(k, honest=True)
    k.a(["有一个5G套餐，每月比现在多{a}元，流量多一倍，您需要吗？", "我们有一个每月{a}元的流量包，多20G，您需要了解一下吗？",
         "现在有千兆宽带，每月多{a}元，您有兴趣吗？", "有个视频彩铃，每月{a}元，您需要开通吗？"], a=pick([5, 6, 10, 20, 30]))
    k.c("no")
    if chance(0.5):
        k.a(["好的。方便问一下是流量够用还是价格原因吗？我记录一下。", "明白，请问是暂时不需要吗？"])
        k.craw(["够用了。", "就是不需要。", "价钱唔啱。", "用不着。"])
    k.a(["好的，不打扰您了，以后有需要可以在{app}自己办理。", "好的，打扰了，祝您生活愉快。", "没问题，那就不打扰您了。"])
    if chance(0.5):
        k.c("bye")
    return k


def h_customer_cancel():
    k = Call("gen_honest_customer_cancel", hn=True)
    what = pick([pick(VIDEOS) + "会员", "彩铃功能", "流量月包", "视频彩铃", "5G叠加包"])
    fee = pick([5, 10, 15, 20, 25, 30])
    k.craw(["喂，我想取消一个每月扣钱的业务。", "你好，我想把{w}退了。".format(w=what), "喂，帮我退咗个{w}得唔得？".format(w=what),
            "我要退订{w}，每个月扣我钱。".format(w=what)])
    k.a(["好的，我帮您查一下……您名下有“{w}”，每月{f}元，是您{m}月份开通的。", "查到了，您开通了{w}，每月{f}元。"], w=what, f=fee, m=R.randint(1, 12))
    k.craw(["对，就是这个，不要了。", "系，就系佢。", "对，退了吧。"])
    k.a(["好的，退订后下月起不再收费，本月可以继续使用。您确认退订吗？", "确认一下，退订{w}，下个月起不再扣费，对吗？"], w=what)
    k.craw(["确认。", "对，确认退订。", "系，确认。"])
    k.a(["已经为您退订了，会收到退订成功的短信，不需要您提供任何验证码。", "好的，已经退订，整个过程不需要验证码，短信稍后到。"])
    if chance(0.5):
        k.c("bye")
    return k


def h_points_self():
    k = Call("gen_honest_points_reminder", hn=True)
    opening(k, honest=True)
    k.a(["提醒您，您有{p}积分会在{d}到期清零，可以在{app}的积分商城自己兑换。", "您的积分{p}分，将于{d}清零，我只是提醒一下，不推荐业务。"],
        p=R.randint(10, 60) * 100, d=pick(["本月底", "12月31日", "下个月15号"]))
    k.craw(["你能帮我换吗？", "积分能换啥？", "要我做什么？", "可以换咩？"])
    k.a(["可以换话费、流量或实物。兑换时验证码会发到您手机，请您自己在APP里输入，不要告诉任何人，包括我们。",
         "需要您本人在APP里操作，验证码自己输入就行，我们不会问您要。"])
    k.c("ok")
    if chance(0.5):
        k.a(["好的，打扰您了。", "再见。"])
    return k


def h_real_reward():
    k = Call("gen_honest_reward_arrived", hn=True)
    opening(k, honest=True)
    k.a(["您参加的充值活动赠送的{y}元话费已经到账了，不需要任何操作。", "您是在网多年的老用户，这个月赠送的{g}G当月流量已经直接到账，下月自动失效，不收费。",
         "您的星级权益已经更新，可以在{app}里查看，不需要办理任何业务。"], y=pick([10, 20, 30]), g=pick([3, 5, 10]))
    k.craw(["那要我确认什么吗？", "会不会下个月开始收钱？", "真的不用办什么？", "使唔使我做啲咩？"])
    k.a(["不需要，只是通知您，也不会转成收费。", "不会收费，您可以在APP“已订业务”里看，显示是0元。"])
    k.c("ok")
    return k


def h_outage():
    k = Call("gen_outage_notice")
    k.a(["您好，{short}客服通知，您所在的{city}片区光缆被施工挖断，正在抢修，预计今天{t}点前恢复。",
         "您好，这是{short}，{city}部分基站今晚凌晨一点到五点升级，期间信号可能较弱。",
         "您好，{short}宽带通知，{city}片区机房设备故障，宽带暂时中断，我们正在处理。"], city=pick(CITIES), t=pick([16, 18, 20]))
    k.craw(["难怪上不了网。", "哦，那什么时候好？", "会唔会打唔到电话？", "得多久啊？"])
    k.a(["预计几个小时内恢复，恢复后不需要您操作。", "期间可以用WiFi通话，五点前恢复。", "断网时长会按天折算减免宽带费。"])
    if chance(0.5):
        k.c("ok")
    return k


def h_bill_topup():
    k = Call("gen_bill_or_topup_query")
    k.craw(["喂，我刚交了话费，怎么还没到账？", "你好，我这个月账单怎么多了？", "喂，我想查一下余额。", "我啱啱交咗钱，点解未到？"])
    if "余额" in k.turns[-1]["text"]:
        k.a(["您当前余额{b}元，本月已产生话费{y}元。"], b="%.2f" % (R.randint(500, 20000) / 100), y=R.randint(20, 90))
    elif "多了" in k.turns[-1]["text"]:
        k.a(["我帮您查一下……多出来的是上个月漫游的流量费{y}元，明细在APP账单里。", "多的是您{m}号自己开通的流量包{y}元。"],
            y=pick([12, 18, 25]), m=R.randint(1, 28))
        k.craw(["哦，想起来了。", "对，那是我开的。"])
    else:
        k.a(["已经到账了，当前余额{b}元，短信可能有延迟。", "查到了，已到账，余额{b}元。"], b="%.2f" % (R.randint(500, 20000) / 100))
    k.c("ok")
    if chance(0.5):
        k.a(["还有其他问题吗？", "好的，祝您生活愉快。"])
        k.c("bye")
    return k


def h_rude_customer():
    k = Call("gen_honest_rude_customer", hn=True)
    opening(k, honest=True)
    k.a(["我们回访一下您之前报的宽带故障，现在修好了吗？", "有一个每月10元的流量包想跟您介绍一下——", "想确认一下您上周的投诉处理结果是否满意。"])
    k.c("angry")
    k.a(["非常抱歉打扰您，我帮您登记免打扰，以后不再打营销电话。", "抱歉，我只是确认一下，不推荐业务。", "理解您的心情，您的意见我会反馈。"])
    if chance(0.6):
        k.craw(["早干嘛去了！", "一群饭桶。", "反馈有什么用！", "烦死了。"])
        k.a(["再次抱歉，不打扰您了。", "抱歉，祝您生活愉快，再见。"])
    return k


def h_scam_warning():
    k = Call("gen_honest_scam_check", hn=True)
    if chance(0.5):
        k.craw(["你好，刚才有人说是你们客服，说我有个会员要扣费，让我报验证码取消，是真的吗？",
                "喂，有人话我系星级用户，送我流量资费不变，仲叫我讲验证码，系咪你哋？",
                "我接到个电话说我积分今天清零，要报验证码兑换，你们有这事儿吗？"])
        k.a(["我帮您查一下……您名下没有任何会员订购，也没有待扣费业务。我们不会在电话里要验证码，建议您直接挂断。",
             "您的号码近期没有新增业务。官方客服不会索要验证码，请不要告诉任何人。"])
        k.craw(["那我没报，还好。", "我报了怎么办？", "好险。"])
        k.a(["您做得对。如果不放心，可以在{app}查看已订业务。", "如果已经报了，我可以帮您查订购记录，非本人意愿的业务可以退订退费。"])
    else:
        opening(k, honest=True)
        k.a(["最近有冒充我们客服的电话，说送会员、送流量，然后让报验证码，提醒您注意。", "提醒您，{short}不会在电话里要您的验证码，遇到这种要求请直接挂断。"])
        k.craw(["哦，我前两天就接到一个。", "好，知道了。", "你们这个电话不推销吧？"])
        k.a(["不推销，就是提醒。您可以在APP里查看有没有陌生订购。", "那您可以在APP里查一下，有问题随时打{hot}。"])
    k.c("ok")
    return k


def h_traffic_buy():
    k = Call("gen_honest_traffic_purchase", hn=True)
    k.craw(["喂，我流量用完了，有什么流量包？", "你好，我想加点流量。", "喂，有冇流量包啊？我用晒啦。"])
    k.a(["有10元5G的当月包，月底失效不续订；还有30元20G的月包，每月自动续订。", "有两种：一次性的10元5G，和每月自动续订的20元10G。"])
    k.craw(["要一次性那个。", "要10块那个。", "就要当月嗰个。"])
    k.a(["确认一下：10元5G当月流量包，立即生效，月底失效，您确认办理吗？"])
    k.c("confirm")
    k.a(["已经办理成功。短信里如有验证码，请不要告诉任何人。", "办好了，稍后有短信通知。"])
    return k


HONEST_QA = [
    (["我现在套餐还剩多少流量？", "我呢个月仲有几多流量？", "我这月流量还剩多少？"], ["您本月还剩{x}G，月底清零。", "查到了，还剩{x}G通用流量。"]),
    (["营业厅几点关门？", "营业厅几点开门啊？"], ["一般是早上九点到晚上六点，节假日也营业。"]),
    (["你们不会顺便给我开什么业务吧？", "你哋唔会帮我乱开业务吧？", "您可别给我乱办啥啊。"], ["不会的，没有您明确同意，我们不会办理任何业务。"]),
    (["怎么查我开了哪些业务？", "点样睇我开咗咩业务？"], ["在{app}“已订业务”里就能看到，每一项都有价格。"]),
    (["这个电话是官方的吗？", "我点知你系真嘅？", "您这是正经客服吧？"], ["是的，您不放心可以挂断后回拨{hot}核实。"]),
    (["我这个月账单大概多少？", "呢个月话费几多？"], ["目前是{y}元，最终以月底出账为准。"]),
    (["我想设置一个业务订购密码，怎么弄？"], ["在APP“安全中心”里就能设置，您自己操作就行，我们不会问您密码。"]),
]
ID_CHALLENGE = [
    (["你哪个部门的？工号多少？", "你系边个部门㗎？", "您是哪儿的？报个工号儿。"], ["我们是{op}客服中心的，工号{w}。", "我是{short}客户服务部的，工号{w}。"]),
    (["我怎么知道你是真的？", "点证明你系真嘅客服？", "您咋证明是真客服？"], ["您放心，我们是正规客服，来电都有录音的。", "我们是官方的，您的号码、套餐我这边都能看到。"]),
    (["这号码怎么不是{hot}？", "点解唔系{hot}打嚟嘅？"], ["这是我们的外呼专线，跟{hot}是一样的。", "我们是{hot}的外呼中心，号码不一样而已。"]),
]


def add_honest_qa(k, n):
    for i, (q, a) in enumerate(R.sample(HONEST_QA, n)):
        k.craw([(pick(["对了，", "哎，还有个事儿，", "顺便问一下，", "仲有，"]) if i == 0 else "") + x for x in q])
        k.a(a, x=R.randint(1, 30), y=R.randint(30, 200))


def add_id_challenge(k, n):
    seg = []
    tmp = Call("tmp")
    tmp.o = k.o
    tmp.d = k.d
    for q, a in R.sample(ID_CHALLENGE, n):
        tmp.craw([x.format(hot=k.o["hot"]) for x in q])
        tmp.a(a, w=R.randint(1000, 9999))
    seg = tmp.turns
    if k.turns[1]["speaker"] == "customer" and seg and seg[0]["speaker"] == "customer":
        k.turns[1]["text"] = k.turns[1]["text"].rstrip("。.") + ("，" if not k.turns[1]["text"].endswith(("？", "?", "！")) else "") + seg[0]["text"]
        seg = seg[1:]
    k.turns[2:2] = seg


HONEST = [(h_arrears, 4), (h_real_name, 3), (h_install, 3), (h_clear_offer_yes, 4), (h_offer_declined, 3),
          (h_customer_cancel, 3), (h_points_self, 3), (h_real_reward, 2), (h_outage, 2), (h_bill_topup, 2),
          (h_rude_customer, 2), (h_scam_warning, 3), (h_traffic_buy, 2)]


def wpick(fams):
    return R.choices([f for f, _ in fams], weights=[w for _, w in fams])[0]


def pad_closing(call):
    """Random closing/variation to vary lengths."""
    if call.turns and call.turns[-1]["speaker"] == "agent" and chance(0.35):
        if set(call.turns[-1]["labels"]) & {AB, PR, CB}:
            call.craw(["神经病。", "我挂了。", "懒得跟你说。", "（挂断）", "你哋咩态度啊！", "有病吧你。", "我要投诉你。", "甭跟我来这套，挂了。"])
        else:
            call.c("bye")
    return call


def main():
    hand = [json.loads(l) for l in open(os.path.join(HERE, "hand.jsonl"), encoding="utf-8")]
    gen = []
    n_honest_target = 130
    while len(gen) < N_GEN:
        honest = len([g for g in gen if not g["deceptive"]]) < n_honest_target and chance(0.47)
        fam = wpick(HONEST if honest else DECEPTIVE)
        call = fam()
        if honest and chance(0.35):
            add_honest_qa(call, R.randint(1, 4))
        if not honest and chance(0.35) and len(call.turns) > 3:
            add_id_challenge(call, R.randint(1, 3))
        pad_closing(call)
        o = call.out()
        if not (4 <= len(o["turns"]) <= 25):
            continue
        if not honest and not o["deceptive"]:
            continue
        gen.append(o)
    out = []
    for i, o in enumerate(hand + gen, 1):
        o = dict(o)
        o["id"] = "z03-%04d" % i
        out.append({k: o[k] for k in ["id", "lang", "deceptive", "labels", "turns", "source", "scenario", "hard_negative", "written"]})
    with open(os.path.join(HERE, "calls.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    print("wrote", len(out), "calls (hand %d, generated %d)" % (len(hand), len(gen)))


if __name__ == "__main__":
    main()
