"""Words that ask for a person, per script: form labels, chat roles, kin words, titles.

script_names.py reads the value after one of these as a name ("대상자: 이수민", "العميل:
عبدالله بن سعيد", "Guest: ნინო ბერიძე"); the lists live apart so the rules stay readable.
"""

from __future__ import annotations

HAN_LABELS = (
    "姓名|联系人|聯絡人|收件人|收货人|客户|客戶|患者|申请人|申請人|负责人|負責人|担当者?|氏名|お名前"
    "|患者名|申請者|处理人|處理人|经办人|經辦人|持卡人|收款人|付款人|客服|联络人|受理人"
    "|拜访人|拜訪人|参会人|參會人|参会人员|对接人|對接人|业务员|業務員|顧客|顾客|客服專員|客服专员"
    "|緊急連絡先|紧急联系人|緊急聯絡人|配送员|配送員|快递员|快遞員|司机|司機|受取人|主治醫師|主治医师"
    "|醫師|医师|医師|医生|醫生|主治医|担当医|护士|護士|面试官|面試官|应聘者|應徵者|担保人|擔保人"
)
HANGUL_LABELS = (
    "성명|이름|대상자|승인자|작성자|담당자|신청자|환자|보호자|수신자|발신자|고객|고객명|성함|예금주"
    "|직원|사원|보낸 ?분|받는 ?분|세입자|임차인|임대인|배송 ?기사|기사"
    "|지원자|면접관|의사|담당의|주치의|보증인|증인|간호사"
)
ARABIC_LABELS = (
    "العميل|الاسم الكامل|الاسم|اسم العميل|المريض|المستفيد|المرسل|المستلم|السيد|السيدة|الموظف"
    "|الموظفة|المترجم|المترجمة|الزوجة|الزوج"
    "|موکل|نام|مشتری|بیمار|کارشناس|نماینده"  # Persian: client, name, customer, patient, agent
)
#: Labels that name a person only as a form's field, before a colon ("المستأجر: …"); in a
#: sentence they are the subject ("كانت العميلة في الطائف"): from ("من", in prose "of"),
#: the customer (f.), tenant, broker, guarantor, witness, doctor, technician, caller,
#: applicant and candidate.
ARABIC_FIELD_LABELS = (
    "الطبيب المعالج|الطبيبة المعالجة|من|العميلة|المستأجر|المستأجرة|الوسيط|الوسيطة|الكفيل"
    "|الشاهد|الطبيب|الطبيبة|الفني|المتصل"
    "|المتصلة|مقدم الطلب|مقدمة الطلب|المرشح|المرشحة"
    "|امیدوار|درخواست گزار|حوالہ"  # Urdu: candidate, applicant, reference
)
HEBREW_LABELS = (
    "שם|שם הלקוח|שם הלקוחה|שם מלא|לקוח|לקוחה|נציג|נציגה|מטופל|מטופלת|בעלה|אשתו|בן זוג|בת זוג"
    "|סוכן|סוכנת|איש קשר|טכנאי|טכנאית"
    # employee, (direct) manager, present (minutes), the account holder's name
    "|עובד|עובדת|מנהל ישיר|מנהלת ישירה|מנהל|מנהלת|נכחו|שם בעל החשבון|שם בעלת החשבון"
    # doctor, treating doctor, companion, insured, tenant, candidate, applicant
    "|רופא מטפל|רופאה מטפלת|רופא|רופאה|מלווה|מבוטח|מבוטחת|שוכר|שוכרת|מועמד|מועמדת|פונה"
)
THAI_LABELS = "ชื่อ|ชื่อลูกค้า|ชื่อ-นามสกุล|ชื่อผู้ติดต่อ|ผู้ติดต่อ|ลูกค้า|ช่าง|พนักงาน"
DEVANAGARI_LABELS = (
    "नाम|ग्राहक|ग्राहक का नाम|मरीज़?|आवेदक|प्रेषक|प्राप्तकर्ता"
    "|रुग्णाचे नाव|रुग्ण|डॉक्टर"  # Marathi: patient's name, patient; doctor
    "|सत्यापन अधिकारी|अधिकारी"  # (verification) officer
)
#: A chat's role, then the person in brackets: "ग्राहक (अनन्या त्रिपाठी):", "एजेंट (रोहित):".
DEVANAGARI_ROLES = f"{DEVANAGARI_LABELS}|एजेंट|प्रतिनिधि|सहायक"
#: English labels whose value is a person; a caseless-script value after one is a name.
ENGLISH_LABELS = (
    r"Name|Full\s+name|Customer|Client|Contact|Employee|Patient|Guest|Passenger|Traveller"
    r"|Traveler|Tenant|Applicant|Member|Sender|Recipient|Beneficiary|From|Owner|Cardholder"
    r"|Account\s+holder|Driver|Attendee|Student|Parent|Spouse|Emergency\s+contact"
)
#: Labels in Bengali (reporter, beneficiary, husband, wife, name, patient, customer), Tamil
#: (patient, name, customer) and Amharic (name, customer), with the honorifics that may open
#: the name (মোছাম্মৎ, জনাব, திரு, አቶ, ወ/ሮ).
CASELESS_LABELS = (
    "প্রতিবেদক|উপকারভোগী|স্বামী|স্ত্রী|নাম|রোগী|গ্রাহক|நோயாளி|பெயர்|வாடிக்கையாளர்|ስም|ደንበኛ"
    "|மனைவி|கணவர்"  # Tamil: wife, husband
    # Bengali: recipient, delivery man, (alternative) contact, sender, applicant, doctor;
    # Tamil: doctor, sender, recipient; Amharic: technician, doctor, recipient, sender
    "|প্রাপক|ডেলিভারিম্যান|বিকল্প যোগাযোগ|যোগাযোগ|প্রেরক|আবেদনকারী|ডাক্তার"
    "|மருத்துவர்|அனுப்புநர்|பெறுநர்|ቴክኒሻን|ሐኪም|ተቀባይ|ላኪ"
    # Georgian: name, client, patient, traveller, passenger, manager, employee
    "|სახელი|კლიენტი|პაციენტი|მოგზაური|მგზავრი|მენეჯერი|თანამშრომელი"
)
#: Kin and role words right before a name: "丈夫陈志强，", "أخي فيصل العتيبي", "बेटा रोहित".
HAN_KIN = "|".join(
    (
        "同事|朋友|客户同事|丈夫|妻子|老公|老婆|儿子|女儿|兒子",
        "女兒|母亲|父亲|母親|父親|妈妈|爸爸|哥哥|姐姐|弟弟|妹妹|太太|助理",
    )
)
#: Hebrew: my husband, wife, brother, sister, son, daughter; "in the name of".
HEBREW_KIN = "(?:על שם[ \t]+)?(?:בעלי|אשתי|אחי|אחותי|בני|בתי)|על שם"
#: Chinese surnames common enough to stand alone before a title ("陈先生", "赵师傅").
HAN_SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程"
    "苏魏吕丁任沈姚卢姜崔钟谭陆汪范贾夏韦付邹孟熊秦邱江尹薛闫段雷侯陶黎贺顾毛郝龚邵钱严覃"
    "戴莫孔汤"
)
#: 总 (boss) after a surname: "王总"; not "周总结" (a weekly summary) or "总计".
HAN_TITLES = "先生|女士|小姐|师傅|師傅|老师|老師|经理|經理|阿姨|总(?![结計计额額数數部体體之共])"
ARABIC_KIN = (
    "أخي|أختي|زوجي|زوجتي|ابني|ابنتي|والدي|والدتي|أمي|أبي"
    "|زوجها|زوجته|ابنها|ابنه|ابنتها|ابنته|والدها|والده|والدتها|والدته|أخوها|أخوه|أختها|أخته"
    "|برادرم|خواهرم|همسرم|پسرم|دخترم|مادرم|پدرم"  # Persian: my brother, sister, spouse, …
)
#: Persian for Mrs, Mr and Sir, before a name.
PERSIAN_HONORIFICS = "خانم|آقای|جناب|اینجانب"
DEVANAGARI_KIN = "बेटा|बेटे|बेटी|पति|पत्नी|भाई|बहन|माँ|पिता|तकनीशियन|डॉक्टर|श्री|श्रीमती|सुश्री|मैनेजर|एजेंट"
#: Words an Arabic "I am …" goes on with when it introduces no name.
ARABIC_NOT_NAMES = frozenset(
    {"جدا", "جداً", "على", "في", "من", "إلى", "عن", "مع", "هنا", "الآن", "آسف", "آسفة", "لست", "لا"}
    | {"كنت", "متأكد", "متأكدة", "سعيدة", "مهتم", "مهتمة", "بخير", "عميل", "عميلة", "غير", "مستاء"}
)
